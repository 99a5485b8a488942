using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Cli.Walkthrough;

/// <summary>
/// The scoring model marketing sets up in the walkthrough: fit by job role, company size and e-mail domain,
/// behaviour by webinars and pricing-page visits, grades A ≥ 60 / B ≥ 40 / C ≥ 20, MQL at 50 behaviour
/// points from grade B, behaviour halving every 30 days.
/// </summary>
internal static class SampleScoringModel
{
    public static Guid CreateIn(IOrganizationService service)
    {
        var modelId = service.Create(new Entity(ScoringModelSchema.EntityName)
        {
            [ScoringModelSchema.Name] = "Lead SLA 2026",
            [ScoringModelSchema.IsActive] = true,
            [ScoringModelSchema.GradeAThreshold] = 60,
            [ScoringModelSchema.GradeBThreshold] = 40,
            [ScoringModelSchema.GradeCThreshold] = 20,
            [ScoringModelSchema.MqlThreshold] = 50,
            [ScoringModelSchema.MqlMinGrade] = new OptionSetValue((int)Grade.B),
            [ScoringModelSchema.DecayHalfLifeDays] = 30,
        });

        service.Create(Fit(modelId, "Head of development", "jobtitle", RuleOperator.ContainsAnyKeyword, "head of development;vp engineering;cto", 40));
        service.Create(Fit(modelId, "Head of purchasing", "jobtitle", RuleOperator.ContainsAnyKeyword, "head of purchasing;procurement", 10));
        service.Create(Fit(modelId, "Company of 200 to 5,000 employees", "numberofemployees", RuleOperator.Between, "200", 25, valueTo: "5000"));
        service.Create(Fit(modelId, "Free-mail address", "emailaddress1", RuleOperator.EmailDomainInList, "gmail.com;web.de;gmx.de;outlook.com", -20));
        service.Create(Behaviour(modelId, "Webinar attendance", InteractionType.WebinarAttendance, 30, max: 60));
        var pricing = Behaviour(modelId, "Pricing page visit", InteractionType.WebsiteVisit, 20, max: 40);
        pricing[ScoringRuleSchema.Attribute] = InteractionSchema.Url;
        pricing[ScoringRuleSchema.Operator] = new OptionSetValue((int)RuleOperator.Contains);
        pricing[ScoringRuleSchema.Value] = "/pricing";
        service.Create(pricing);
        return modelId;
    }

    private static Entity Fit(Guid modelId, string name, string column, RuleOperator @operator, string value, int points, string? valueTo = null)
    {
        var rule = Rule(modelId, name, RuleCategory.Fit, points);
        rule[ScoringRuleSchema.Attribute] = column;
        rule[ScoringRuleSchema.Operator] = new OptionSetValue((int)@operator);
        rule[ScoringRuleSchema.Value] = value;
        if (valueTo != null)
        {
            rule[ScoringRuleSchema.ValueTo] = valueTo;
        }

        return rule;
    }

    private static Entity Behaviour(Guid modelId, string name, InteractionType type, int points, int max)
    {
        var rule = Rule(modelId, name, RuleCategory.Behaviour, points);
        rule[ScoringRuleSchema.InteractionType] = new OptionSetValue((int)type);
        rule[ScoringRuleSchema.MaxPoints] = max;
        return rule;
    }

    private static Entity Rule(Guid modelId, string name, RuleCategory category, int points) => new(ScoringRuleSchema.EntityName)
    {
        [ScoringRuleSchema.ScoringModelId] = new EntityReference(ScoringModelSchema.EntityName, modelId),
        [ScoringRuleSchema.Name] = name,
        [ScoringRuleSchema.Category] = new OptionSetValue((int)category),
        [ScoringRuleSchema.Points] = points,
    };
}
