using System;
using System.Collections.Generic;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.SandboxHarness.Cases
{
    /// <summary>
    /// The active scoring model and its rules as rows, the way the scoring steps find them: fit by role, company
    /// size and BANT columns, behaviour by webinars and pricing-page visits, one retired rule that must not count.
    /// </summary>
    internal static class SampleScoringModel
    {
        public static readonly Guid ModelId = new Guid("6f1d3a52-0c4e-4b8a-9e27-5d0b1c8a7e01");

        public static IEnumerable<Entity> Rows()
        {
            yield return new Entity(ScoringModelSchema.EntityName, ModelId)
            {
                [ScoringModelSchema.Name] = "Lead-SLA 2026",
                [ScoringModelSchema.IsActive] = true,
                [ScoringModelSchema.Version] = 3,
                [ScoringModelSchema.GradeAThreshold] = 60,
                [ScoringModelSchema.GradeBThreshold] = 40,
                [ScoringModelSchema.GradeCThreshold] = 20,
                [ScoringModelSchema.MqlThreshold] = 50,
                [ScoringModelSchema.MqlMinGrade] = new OptionSetValue((int)Grade.B),
                [ScoringModelSchema.DecayHalfLifeDays] = 30,
            };
            yield return Fit(1, "Geschäftsführung", "jobtitle", RuleOperator.ContainsAnyKeyword, "geschäftsführer;geschäftsführerin;managing director", 30);
            yield return Fit(2, "Head of development", "jobtitle", RuleOperator.ContainsAnyKeyword, "head of development;vp engineering;cto", 40);
            yield return Fit(3, "Company of 200 to 5,000 employees", "numberofemployees", RuleOperator.Between, "200", 25, valueTo: "5000");
            yield return Fit(4, "Free-mail address", "emailaddress1", RuleOperator.EmailDomainInList, "gmail.com;web.de;gmx.de;outlook.com", -20);
            yield return Fit(5, "Budget approved", "budgetstatus", RuleOperator.InList, "2;3", 15);
            yield return Fit(6, "Decision maker", "decisionmaker", RuleOperator.Equals, "true", 10);
            yield return Fit(7, "Buying this quarter", "purchasetimeframe", RuleOperator.InList, "0;1", 10);
            yield return Fit(8, "Revenue of 10 million or more", "revenue", RuleOperator.GreaterThanOrEqual, "10000000", 10);
            // Inactive: the steps ask for active rules only; counted, it would add 100 points to every lead.
            var retired = Fit(9, "Any job title (retired)", "jobtitle", RuleOperator.IsSet, null, 100);
            retired[ScoringRuleSchema.IsActive] = false;
            yield return retired;
            yield return Behaviour(10, "Webinar attendance", InteractionType.WebinarAttendance, 30, 60);
            var pricing = Behaviour(11, "Pricing page visit", InteractionType.WebsiteVisit, 20, 40);
            pricing[ScoringRuleSchema.Attribute] = InteractionSchema.Url;
            pricing[ScoringRuleSchema.Operator] = new OptionSetValue((int)RuleOperator.Contains);
            pricing[ScoringRuleSchema.Value] = "/pricing";
            yield return pricing;
        }

        private static Entity Fit(int number, string name, string column, RuleOperator @operator, string? value, int points, string? valueTo = null)
        {
            var rule = Rule(number, name, RuleCategory.Fit, points);
            rule[ScoringRuleSchema.Attribute] = column;
            rule[ScoringRuleSchema.Operator] = new OptionSetValue((int)@operator);
            rule[ScoringRuleSchema.Value] = value;
            rule[ScoringRuleSchema.ValueTo] = valueTo;
            return rule;
        }

        private static Entity Behaviour(int number, string name, InteractionType type, int points, int maxPoints)
        {
            var rule = Rule(number, name, RuleCategory.Behaviour, points);
            rule[ScoringRuleSchema.InteractionType] = new OptionSetValue((int)type);
            rule[ScoringRuleSchema.MaxPoints] = maxPoints;
            return rule;
        }

        private static Entity Rule(int number, string name, RuleCategory category, int points) =>
            new Entity(ScoringRuleSchema.EntityName, new Guid(0x6f1d3a52, 0x0c4e, 0x4b8a, 0x9e, 0x27, 0x5d, 0x0b, 0x1c, 0x8a, 0x7f, (byte)number))
            {
                [ScoringRuleSchema.ScoringModelId] = new EntityReference(ScoringModelSchema.EntityName, ModelId),
                [ScoringRuleSchema.Name] = name,
                [ScoringRuleSchema.Category] = new OptionSetValue((int)category),
                [ScoringRuleSchema.Points] = points,
                [ScoringRuleSchema.IsActive] = true,
            };
    }
}
