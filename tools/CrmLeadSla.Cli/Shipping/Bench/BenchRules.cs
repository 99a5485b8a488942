using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Cli.Shipping.Bench;

/// <summary>
/// The models the benchmark scores with: <c>count</c> fit rules spread over the lead's text columns, with operators of
/// every cost (keyword lists, substrings, prefixes, equality), and one behaviour rule per interaction type, capped at 100 points.
/// </summary>
public static class BenchRules
{
    private static readonly string[] TextColumns = ["jobtitle", "companyname", "emailaddress1", "websiteurl", "address1_city", "address1_country"];

    private static readonly RuleOperator[] Operators = [RuleOperator.ContainsAnyKeyword, RuleOperator.Contains, RuleOperator.BeginsWith, RuleOperator.Equals];

    /// <summary>The settings every benchmark model has: grades at 60/40/20 fit points, MQL at 50 behaviour points.</summary>
    public static ModelSettings Settings { get; } = new(new GradeThresholds(60, 40, 20), 50);

    /// <summary><paramref name="count"/> fit rules and the behaviour rules, as the domain reads them.</summary>
    public static IReadOnlyList<ScoringRule> Of(int count) =>
        Enumerable.Range(0, count).Select(FitRule)
            .Concat(Enum.GetValues<InteractionType>().Select(BehaviourRule))
            .ToList();

    /// <summary>The lead every fit rule is tried against: some rules match it, most do not.</summary>
    public static Entity Lead(Guid id) => new(LeadSchema.EntityName, id)
    {
        ["subject"] = "Interested in CrmLeadSla",
        ["lastname"] = "Berger",
        ["jobtitle"] = "Head of Development",
        ["companyname"] = "Contoso Pharma",
        ["emailaddress1"] = "dana.berger@contoso.com",
        ["websiteurl"] = "https://contoso.com",
        ["address1_city"] = "Berlin",
        ["address1_country"] = "Germany",
    };

    /// <summary>The model row and its rule rows, written the way marketing would save them.</summary>
    public static Guid CreateIn(IOrganizationService service, int count)
    {
        var modelId = service.Create(new Entity(ScoringModelSchema.EntityName)
        {
            [ScoringModelSchema.Name] = $"Benchmark model, {count} fit rules",
            [ScoringModelSchema.IsActive] = true,
            [ScoringModelSchema.GradeAThreshold] = Settings.Thresholds.A,
            [ScoringModelSchema.GradeBThreshold] = Settings.Thresholds.B,
            [ScoringModelSchema.GradeCThreshold] = Settings.Thresholds.C,
            [ScoringModelSchema.MqlThreshold] = Settings.MqlThreshold,
        });
        foreach (var rule in Of(count))
        {
            service.Create(RowOf(rule, modelId));
        }

        return modelId;
    }

    private static ScoringRule FitRule(int index) =>
        new(Guid.NewGuid(), $"Fit rule {index}", RuleCategory.Fit, 5 + (index % 20))
        {
            Attribute = TextColumns[index % TextColumns.Length],
            Operator = Operators[index / TextColumns.Length % Operators.Length],
            // Every tenth rule matches the benchmark lead; the others look for a value it does not have.
            Value = index % 10 == 0 ? MatchingValue(index) : $"value {index};other {index}",
        };

    private static string MatchingValue(int index) => (string)Lead(Guid.Empty)[TextColumns[index % TextColumns.Length]];

    private static ScoringRule BehaviourRule(InteractionType type) =>
        // Capped, as real models cap repeatable interactions: 10,000 website visits stay within the score's range.
        new(Guid.NewGuid(), $"Behaviour {type}", RuleCategory.Behaviour, 10) { InteractionType = type, MaxPoints = 100 };

    private static Entity RowOf(ScoringRule rule, Guid modelId) => new(ScoringRuleSchema.EntityName)
    {
        [ScoringRuleSchema.Name] = rule.Name,
        [ScoringRuleSchema.Category] = new OptionSetValue((int)rule.Category),
        [ScoringRuleSchema.Points] = rule.Points,
        [ScoringRuleSchema.IsActive] = true,
        [ScoringRuleSchema.Attribute] = rule.Attribute,
        [ScoringRuleSchema.Operator] = rule.Operator is RuleOperator op ? new OptionSetValue((int)op) : null,
        [ScoringRuleSchema.Value] = rule.Value,
        [ScoringRuleSchema.InteractionType] = rule.InteractionType is InteractionType type ? new OptionSetValue((int)type) : null,
        [ScoringRuleSchema.MaxPoints] = rule.MaxPoints,
        [ScoringRuleSchema.ScoringModelId] = new EntityReference(ScoringModelSchema.EntityName, modelId),
    };
}
