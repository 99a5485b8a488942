using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;

namespace CrmLeadSla.Plugins.Tests.Domain.Scoring;

/// <summary>The columns, leads, rules and models the scoring tests read as scenarios.</summary>
internal static class ScoringScenario
{
    public static readonly DateTime Monday = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    public static readonly Guid KeyAccount = new("a1b2c3d4-0000-0000-0000-000000000001");

    public static readonly ColumnCatalog LeadColumns = ColumnCatalog.Empty
        .With("jobtitle", ColumnKind.Text)
        .With("emailaddress1", ColumnKind.Text)
        .With("numberofemployees", ColumnKind.Number)
        .With("revenue", ColumnKind.Number)
        .With("industrycode", ColumnKind.OptionSet, 1, 2, 3, 4, 5)
        // A column of the customer's own publisher: a rule may test any column of the lead.
        .With("new_products", ColumnKind.MultiOptionSet, 10, 20, 30)
        .With("decisionmaker", ColumnKind.Boolean)
        .With("parentaccountid", ColumnKind.Lookup)
        .With(LeadSchema.HandedOverOn, ColumnKind.DateTime);

    public static readonly ColumnCatalog InteractionColumns = ColumnCatalog.Empty
        .With(InteractionSchema.Url, ColumnKind.Text)
        .With("subject", ColumnKind.Text);

    public static readonly ScoringRule CompanySize =
        FitRule("Company size 200–1000", "numberofemployees", RuleOperator.Between, "200", 25) with { ValueTo = "1000" };

    public static ColumnValues Lead(string column, ColumnValue value) => ColumnValues.None.With(column, value);

    public static ColumnValues LeadWithTitle(string jobTitle) => Lead("jobtitle", ColumnValue.Text(jobTitle));

    public static ScoringRule FitRule(string name, string attribute, RuleOperator ruleOperator, string? value, int points) =>
        new(Guid.NewGuid(), name, RuleCategory.Fit, points) { Attribute = attribute, Operator = ruleOperator, Value = value };

    public static ScoringRule BehaviourRule(string name, InteractionType type, int points, int? maxPoints = null) =>
        new(Guid.NewGuid(), name, RuleCategory.Behaviour, points) { InteractionType = type, MaxPoints = maxPoints };

    public static ModelSettings Settings(int? halfLifeDays = null) =>
        new(new GradeThresholds(60, 30, 10), MqlThreshold: 50) { MqlMinimumGrade = Grade.B, DecayHalfLifeDays = halfLifeDays };

    public static ScoringModel Model(params ScoringRule[] rules) => ModelWithHalfLife(null, rules);

    public static ScoringModel ModelWithHalfLife(int? halfLifeDays, params ScoringRule[] rules) =>
        ScoringModel.Compile(Settings(halfLifeDays), rules, LeadColumns, InteractionColumns);

    public static Interaction Visit(DateTime occurredOn, string? url = null) =>
        new(InteractionType.WebsiteVisit, occurredOn)
        {
            Columns = url is null ? ColumnValues.None : ColumnValues.None.With(InteractionSchema.Url, ColumnValue.Text(url)),
        };

    public static Interaction Webinar(DateTime occurredOn) => new(InteractionType.WebinarAttendance, occurredOn);
}
