using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.LocalDataverse.Tests.Messages;

/// <summary>
/// The part of the standard sales tables (lead, account, contact, opportunity, opportunityclose) the special
/// messages touch, with Dataverse's state and status values of a new organization.
/// </summary>
internal static class SalesTables
{
    public const string LeadAccountsRelationship = "accountleads_association";
    public const string ContactsOfAccountRelationship = "contact_customer_accounts";

    public static IReadOnlyList<TableDefinition> Tables { get; } =
    [
        Table("lead", "fullname", isActivity: false,
            Text("subject"), Text("firstname"), Text("lastname"), Text("fullname"), Text("companyname"),
            Text("emailaddress1"), Text("jobtitle"), Text("telephone1"), Money("budgetamount"), Money("estimatedamount"),
            Lookup("parentaccountid", "account"), Lookup("parentcontactid", "contact"),
            Lookup("qualifyingopportunityid", "opportunity"),
            State((0, "Open"), (1, "Qualified"), (2, "Disqualified")),
            Status((1, "New", 0), (2, "Contacted", 0), (3, "Qualified", 1), (4, "Lost", 2), (5, "Cannot Contact", 2),
                (6, "No Longer Interested", 2), (7, "Canceled", 2))),
        Table("account", "name", isActivity: false,
            Text("name"), Text("emailaddress1"), Text("telephone1"), Lookup("originatingleadid", "lead"),
            Lookup("primarycontactid", "contact"),
            State((0, "Active"), (1, "Inactive")), Status((1, "Active", 0), (2, "Inactive", 1))),
        Table("contact", "fullname", isActivity: false,
            Text("firstname"), Text("lastname"), Text("fullname"), Text("emailaddress1"), Text("jobtitle"),
            Text("telephone1"), Lookup("originatingleadid", "lead"), Customer("parentcustomerid"),
            State((0, "Active"), (1, "Inactive")), Status((1, "Active", 0), (2, "Inactive", 1))),
        Table("opportunity", "name", isActivity: false,
            Text("name"), Money("budgetamount"), Money("estimatedvalue"), Money("actualvalue"),
            Date("actualclosedate"), Lookup("originatingleadid", "lead"), Customer("customerid"),
            Lookup("parentaccountid", "account"), Lookup("parentcontactid", "contact"),
            State((0, "Open"), (1, "Won"), (2, "Lost")),
            Status((1, "In Progress", 0), (2, "On Hold", 0), (3, "Won", 1), (4, "Canceled", 2), (5, "Out-Sold", 2))),
        Table("opportunityclose", "subject", isActivity: true,
            Text("subject"), Lookup("opportunityid", "opportunity"), Money("actualrevenue"), Date("actualend"),
            State((0, "Open"), (1, "Completed"), (2, "Canceled")),
            Status((1, "Open", 0), (2, "Completed", 1), (3, "Canceled", 2))),
        Principal("systemuser", "fullname", Text("fullname"), Lookup("businessunitid", "businessunit")),
        Principal("team", "name", Text("name"), Lookup("businessunitid", "businessunit")),
        Principal("businessunit", "name", Text("name"), Lookup("parentbusinessunitid", "businessunit")),
    ];

    public static MetadataModel Model() => new(Tables, [], OneToMany, ManyToMany);

    public static IReadOnlyList<OneToManyRelationship> OneToMany { get; } =
    [
        new(ContactsOfAccountRelationship, "account", "accountid", "contact", "parentcustomerid"),
        new("lead_parent_account", "account", "accountid", "lead", "parentaccountid"),
        new("opportunity_OpportunityClose", "opportunity", "opportunityid", "opportunityclose", "opportunityid"),
    ];

    public static IReadOnlyList<ManyToManyRelationship> ManyToMany { get; } =
    [
        new(LeadAccountsRelationship, "accountleads", "account", "accountid", "lead", "leadid"),
    ];

    private static TableDefinition Table(string name, string primaryName, bool isActivity, params ColumnDefinition[] columns)
    {
        var id = isActivity ? "activityid" : name + "id";
        ColumnDefinition[] platform =
        [
            new() { LogicalName = id, Kind = ColumnKind.PrimaryKey },
            new() { LogicalName = "ownerid", Kind = ColumnKind.Owner, Targets = ["systemuser", "team"] },
            new() { LogicalName = "owningbusinessunit", Kind = ColumnKind.Lookup, Targets = ["businessunit"], IsValidForCreate = false },
            new() { LogicalName = "createdon", Kind = ColumnKind.DateTime, IsValidForCreate = false, IsValidForUpdate = false },
            new() { LogicalName = "modifiedon", Kind = ColumnKind.DateTime, IsValidForCreate = false, IsValidForUpdate = false },
            new() { LogicalName = "versionnumber", Kind = ColumnKind.BigInt, IsValidForCreate = false, IsValidForUpdate = false },
        ];
        return new TableDefinition
        {
            LogicalName = name,
            PrimaryIdAttribute = id,
            PrimaryNameAttribute = primaryName,
            IsActivity = isActivity,
            Columns = platform.Concat(columns).ToDictionary(c => c.LogicalName, StringComparer.OrdinalIgnoreCase),
        };
    }

    private static TableDefinition Principal(string name, string primaryName, params ColumnDefinition[] columns) => new()
    {
        LogicalName = name,
        PrimaryIdAttribute = name + "id",
        PrimaryNameAttribute = primaryName,
        Ownership = TableOwnership.OrganizationOwned,
        Columns = columns.Prepend(new ColumnDefinition { LogicalName = name + "id", Kind = ColumnKind.PrimaryKey })
            .ToDictionary(c => c.LogicalName, StringComparer.OrdinalIgnoreCase),
    };

    private static ColumnDefinition Text(string name) => new() { LogicalName = name, Kind = ColumnKind.String, MaxLength = 200 };

    private static ColumnDefinition Money(string name) => new() { LogicalName = name, Kind = ColumnKind.Money };

    private static ColumnDefinition Date(string name) => new() { LogicalName = name, Kind = ColumnKind.DateTime };

    private static ColumnDefinition Lookup(string name, string target) =>
        new() { LogicalName = name, Kind = ColumnKind.Lookup, Targets = [target] };

    private static ColumnDefinition Customer(string name) =>
        new() { LogicalName = name, Kind = ColumnKind.Customer, Targets = ["account", "contact"] };

    private static ColumnDefinition State(params (int Value, string Label)[] options) => new()
    {
        LogicalName = "statecode",
        Kind = ColumnKind.State,
        DefaultValue = 0,
        OptionSet = new OptionSetDefinition("statecode", false, [.. options.Select(o => new OptionDefinition(o.Value, Label(o.Label)))]),
    };

    private static ColumnDefinition Status(params (int Value, string Label, int State)[] options) => new()
    {
        LogicalName = "statuscode",
        Kind = ColumnKind.Status,
        OptionSet = new OptionSetDefinition("statuscode", false, [.. options.Select(o => new OptionDefinition(o.Value, Label(o.Label), o.State))]),
    };

    private static LocalizedText Label(string english) => new(new Dictionary<int, string> { [1033] = english });
}
