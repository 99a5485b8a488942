using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Tests.Builders;

/// <summary>
/// A scoring model with its rules, written as rows:
/// <c>new ScoringModelBuilder().Thresholds(a: 60, b: 40, c: 20).FitRule(...).BehaviourRule(...).CreateIn(service)</c>.
/// </summary>
internal sealed class ScoringModelBuilder
{
    private readonly List<Entity> rules = [];
    private string name = "Lead scoring";
    private int gradeA = 60;
    private int gradeB = 40;
    private int gradeC = 20;
    private int mqlThreshold = 50;
    private Grade? mqlMinGrade;
    private int? halfLifeDays;
    private bool active = true;
    private int version = 1;
    private int? languageCode;

    public ScoringModelBuilder Named(string modelName)
    {
        name = modelName;
        return this;
    }

    public ScoringModelBuilder Thresholds(int a, int b, int c)
    {
        (gradeA, gradeB, gradeC) = (a, b, c);
        return this;
    }

    public ScoringModelBuilder MqlAt(int behaviourPoints, Grade? minGrade = null)
    {
        mqlThreshold = behaviourPoints;
        mqlMinGrade = minGrade;
        return this;
    }

    public ScoringModelBuilder HalfLife(int days)
    {
        halfLifeDays = days;
        return this;
    }

    /// <summary>The language of the model's explanations (an LCID); without it the model gets the organization's.</summary>
    public ScoringModelBuilder InLanguage(int lcid)
    {
        languageCode = lcid;
        return this;
    }

    public ScoringModelBuilder Inactive()
    {
        active = false;
        return this;
    }

    public ScoringModelBuilder AtVersion(int modelVersion)
    {
        version = modelVersion;
        return this;
    }

    public ScoringModelBuilder FitRule(
        string ruleName, string attribute, RuleOperator @operator, string? value, int points,
        string? valueTo = null, string? group = null, GroupLogic logic = GroupLogic.All, bool isActive = true)
    {
        var rule = Rule(ruleName, RuleCategory.Fit, points, isActive);
        rule[ScoringRuleSchema.Attribute] = attribute;
        rule[ScoringRuleSchema.Operator] = new OptionSetValue((int)@operator);
        rule[ScoringRuleSchema.Value] = value;
        rule[ScoringRuleSchema.ValueTo] = valueTo;
        rule[ScoringRuleSchema.Group] = group;
        rule[ScoringRuleSchema.GroupLogic] = new OptionSetValue((int)logic);
        rules.Add(rule);
        return this;
    }

    public ScoringModelBuilder BehaviourRule(
        string ruleName, InteractionType type, int points, int? max = null,
        string? attribute = null, RuleOperator? @operator = null, string? value = null)
    {
        var rule = Rule(ruleName, RuleCategory.Behaviour, points, isActive: true);
        rule[ScoringRuleSchema.InteractionType] = new OptionSetValue((int)type);
        rule[ScoringRuleSchema.MaxPoints] = max;
        rule[ScoringRuleSchema.Attribute] = attribute;
        rule[ScoringRuleSchema.Operator] = @operator is RuleOperator op ? new OptionSetValue((int)op) : null;
        rule[ScoringRuleSchema.Value] = value;
        rules.Add(rule);
        return this;
    }

    /// <summary>Creates the model, then its rules, through <paramref name="service"/>.</summary>
    public ScoringModelIds CreateIn(IOrganizationService service)
    {
        var modelId = service.Create(new Entity(ScoringModelSchema.EntityName)
        {
            [ScoringModelSchema.Name] = name,
            [ScoringModelSchema.IsActive] = active,
            [ScoringModelSchema.GradeAThreshold] = gradeA,
            [ScoringModelSchema.GradeBThreshold] = gradeB,
            [ScoringModelSchema.GradeCThreshold] = gradeC,
            [ScoringModelSchema.MqlThreshold] = mqlThreshold,
            [ScoringModelSchema.MqlMinGrade] = mqlMinGrade is Grade grade ? new OptionSetValue((int)grade) : null,
            [ScoringModelSchema.DecayHalfLifeDays] = halfLifeDays,
            [ScoringModelSchema.Version] = version,
            [ScoringModelSchema.LanguageCode] = languageCode,
        });
        var ruleIds = new Dictionary<string, Guid>();
        foreach (var rule in rules)
        {
            var row = new Entity(rule.LogicalName);
            foreach (var column in rule.Attributes)
            {
                row[column.Key] = column.Value;
            }

            row[ScoringRuleSchema.ScoringModelId] = new EntityReference(ScoringModelSchema.EntityName, modelId);
            ruleIds[rule.GetAttributeValue<string>(ScoringRuleSchema.Name)] = service.Create(row);
        }

        return new ScoringModelIds(modelId, ruleIds);
    }

    private static Entity Rule(string ruleName, RuleCategory category, int points, bool isActive) =>
        new(ScoringRuleSchema.EntityName)
        {
            [ScoringRuleSchema.Name] = ruleName,
            [ScoringRuleSchema.Category] = new OptionSetValue((int)category),
            [ScoringRuleSchema.Points] = points,
            [ScoringRuleSchema.IsActive] = isActive,
        };
}

/// <summary>The ids of a model written by <see cref="ScoringModelBuilder"/>: the model's and each rule's by name.</summary>
internal sealed record ScoringModelIds(Guid ModelId, IReadOnlyDictionary<string, Guid> RuleIds)
{
    public Guid Rule(string name) => RuleIds[name];
}
