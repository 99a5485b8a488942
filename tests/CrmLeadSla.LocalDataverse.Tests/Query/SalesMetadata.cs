using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.LocalDataverse.Tests.Query;

/// <summary>A small metadata model: lead, contact, account, systemuser and the interaction activity.</summary>
internal static class SalesMetadata
{
    public const int GradeA = 271800000;
    public const int GradeB = 271800001;
    public const int GradeC = 271800002;
    public const int Webinar = 271800003;
    public const int Download = 271800006;

    public static MetadataModel Build() => new(
        [
            Table("lead", "leadid", "fullname",
                Column("subject", ColumnKind.String),
                Column("emailaddress1", ColumnKind.String),
                Column("description", ColumnKind.Memo),
                Column("numberofemployees", ColumnKind.Integer),
                Column("lsla_fitscore", ColumnKind.Integer),
                Column("revenue", ColumnKind.Money),
                Column("lsla_probability", ColumnKind.Decimal),
                Column("lsla_weight", ColumnKind.Double),
                Column("lsla_visits", ColumnKind.BigInt),
                Column("lsla_excluded", ColumnKind.Boolean),
                Column("lsla_scoredon", ColumnKind.DateTime),
                Column("lsla_trackingid", ColumnKind.Uniqueidentifier),
                Column("lsla_grade", ColumnKind.Picklist) with { OptionSet = Options("lsla_grade", (GradeB, "B"), (GradeA, "A"), (GradeC, "C")) },
                Column("lsla_interests", ColumnKind.MultiSelectPicklist) with { OptionSet = Options("lsla_interests", (1, "Pricing"), (2, "Demo"), (3, "Support")) },
                Column("parentcontactid", ColumnKind.Lookup) with { Targets = ["contact"] },
                Column("ownerid", ColumnKind.Owner) with { Targets = ["systemuser"] },
                Column("owningbusinessunit", ColumnKind.Lookup) with { Targets = ["businessunit"] }),
            Table("contact", "contactid", "fullname",
                Column("emailaddress1", ColumnKind.String),
                Column("parentcustomerid", ColumnKind.Customer) with { Targets = ["account"] }),
            Table("account", "accountid", "name",
                Column("numberofemployees", ColumnKind.Integer)),
            Table("systemuser", "systemuserid", "fullname"),
            Table("lsla_interaction", "activityid", "subject",
                Column("regardingobjectid", ColumnKind.Lookup) with { Targets = ["lead"] },
                Column("lsla_interactiontype", ColumnKind.Picklist) with { OptionSet = Options("lsla_interactiontype", (Webinar, "Webinar attendance"), (Download, "Download")) },
                Column("lsla_occurredon", ColumnKind.DateTime)),
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
