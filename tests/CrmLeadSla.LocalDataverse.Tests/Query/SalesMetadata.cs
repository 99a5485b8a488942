using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.LocalDataverse.Tests.Query;

/// <summary>
/// A small metadata model: lead, contact, account, systemuser and an interaction activity. Its custom tables, columns and
/// choices carry the default publisher's prefix (new_, option values from 100000000): they exercise the query engine and
/// are not the solution's.
/// </summary>
internal static class SalesMetadata
{
    public const string Interaction = "new_interaction";
    public const string InteractionType = "new_interactiontype";
    public const string OccurredOn = "new_occurredon";
    public const string FitScore = "new_fitscore";
    public const string Probability = "new_probability";
    public const string Weight = "new_weight";
    public const string Visits = "new_visits";
    public const string Excluded = "new_excluded";
    public const string ScoredOn = "new_scoredon";
    public const string TrackingId = "new_trackingid";
    public const string Grade = "new_grade";
    public const string Interests = "new_interests";

    public const int GradeA = 100000000;
    public const int GradeB = 100000001;
    public const int GradeC = 100000002;
    public const int Webinar = 100000003;
    public const int Download = 100000006;

    public static MetadataModel Build() => new(
        [
            Table("lead", "leadid", "fullname",
                Column("subject", ColumnKind.String),
                Column("emailaddress1", ColumnKind.String),
                Column("description", ColumnKind.Memo),
                Column("numberofemployees", ColumnKind.Integer),
                Column(FitScore, ColumnKind.Integer),
                Column("revenue", ColumnKind.Money),
                Column(Probability, ColumnKind.Decimal),
                Column(Weight, ColumnKind.Double),
                Column(Visits, ColumnKind.BigInt),
                Column(Excluded, ColumnKind.Boolean),
                Column(ScoredOn, ColumnKind.DateTime),
                Column(TrackingId, ColumnKind.Uniqueidentifier),
                Column(Grade, ColumnKind.Picklist) with { OptionSet = Options(Grade, (GradeB, "B"), (GradeA, "A"), (GradeC, "C")) },
                Column(Interests, ColumnKind.MultiSelectPicklist) with { OptionSet = Options(Interests, (1, "Pricing"), (2, "Demo"), (3, "Support")) },
                Column("parentcontactid", ColumnKind.Lookup) with { Targets = ["contact"] },
                Column("ownerid", ColumnKind.Owner) with { Targets = ["systemuser"] },
                Column("owningbusinessunit", ColumnKind.Lookup) with { Targets = ["businessunit"] }),
            Table("contact", "contactid", "fullname",
                Column("emailaddress1", ColumnKind.String),
                Column("parentcustomerid", ColumnKind.Customer) with { Targets = ["account"] }),
            Table("account", "accountid", "name",
                Column("numberofemployees", ColumnKind.Integer)),
            Table("systemuser", "systemuserid", "fullname"),
            Table(Interaction, "activityid", "subject",
                Column("regardingobjectid", ColumnKind.Lookup) with { Targets = ["lead"] },
                Column(InteractionType, ColumnKind.Picklist) with { OptionSet = Options(InteractionType, (Webinar, "Webinar attendance"), (Download, "Download")) },
                Column(OccurredOn, ColumnKind.DateTime)),
        ],
        [],
        [],
        []);

    private static TableDefinition Table(string name, string key, string primaryName, params ColumnDefinition[] columns) => new()
    {
        LogicalName = name,
        PrimaryIdAttribute = key,
        PrimaryNameAttribute = primaryName,
        Columns = columns
            .Prepend(Column(primaryName, ColumnKind.String))
            .Prepend(Column(key, ColumnKind.PrimaryKey))
            .ToDictionary(c => c.LogicalName, StringComparer.OrdinalIgnoreCase),
    };

    private static ColumnDefinition Column(string name, ColumnKind kind) => new() { LogicalName = name, Kind = kind };

    private static OptionSetDefinition Options(string name, params (int Value, string Label)[] options) =>
        new(name, false, options.Select(o => new OptionDefinition(o.Value, new LocalizedText(new Dictionary<int, string> { [1033] = o.Label }))).ToList());
}
