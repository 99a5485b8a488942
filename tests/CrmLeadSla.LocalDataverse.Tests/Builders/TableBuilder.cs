using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.LocalDataverse.Tests.Builders;

/// <summary>Builds a table definition column by column, with the platform's system columns when asked.</summary>
public sealed class TableBuilder
{
    private readonly string logicalName;
    private readonly Dictionary<string, ColumnDefinition> columns = new(StringComparer.OrdinalIgnoreCase);
    private TableOwnership ownership = TableOwnership.UserOwned;

    public TableBuilder(string logicalName)
    {
        this.logicalName = logicalName;
        Column(new ColumnDefinition { LogicalName = logicalName + "id", Kind = ColumnKind.PrimaryKey });
        String("name", 100);
        Column(new ColumnDefinition { LogicalName = "versionnumber", Kind = ColumnKind.BigInt });
    }

    public TableBuilder OrganizationOwned()
    {
        ownership = TableOwnership.OrganizationOwned;
        return this;
    }

    /// <summary>createdon/by, modifiedon/by (written by the platform only), ownerid with its owning user, team and business unit.</summary>
    public TableBuilder WithSystemColumns()
    {
        Column(new ColumnDefinition { LogicalName = "createdon", Kind = ColumnKind.DateTime, IsValidForCreate = false, IsValidForUpdate = false });
        Column(new ColumnDefinition { LogicalName = "modifiedon", Kind = ColumnKind.DateTime, IsValidForCreate = false, IsValidForUpdate = false });
        Column(new ColumnDefinition { LogicalName = "createdby", Kind = ColumnKind.Lookup, Targets = ["systemuser"], IsValidForCreate = false, IsValidForUpdate = false });
        Column(new ColumnDefinition { LogicalName = "modifiedby", Kind = ColumnKind.Lookup, Targets = ["systemuser"], IsValidForCreate = false, IsValidForUpdate = false });
        Lookup("owningbusinessunit", "businessunit");
        Lookup("owninguser", "systemuser");
        Lookup("owningteam", "team");
        return Column(new ColumnDefinition { LogicalName = "ownerid", Kind = ColumnKind.Owner, Targets = ["systemuser", "team"] });
    }

    /// <summary>statecode 0 Open / 1 Closed; statuscode 1, 2 (Open) and 3 (Closed).</summary>
    public TableBuilder WithStatus() =>
        Column(new ColumnDefinition
        {
            LogicalName = "statecode",
            Kind = ColumnKind.State,
            OptionSet = Options("statecode", (0, null), (1, null)),
        })
        .Column(new ColumnDefinition
        {
            LogicalName = "statuscode",
            Kind = ColumnKind.Status,
            OptionSet = Options("statuscode", (1, 0), (2, 0), (3, 1)),
        });

    public TableBuilder String(string name, int maxLength) =>
        Column(new ColumnDefinition { LogicalName = name, Kind = ColumnKind.String, MaxLength = maxLength });

    public TableBuilder Integer(string name, int min, int max) =>
        Column(new ColumnDefinition { LogicalName = name, Kind = ColumnKind.Integer, MinValue = min, MaxValue = max });

    public TableBuilder Money(string name) =>
        Column(new ColumnDefinition { LogicalName = name, Kind = ColumnKind.Money, MinValue = 0, MaxValue = 1_000_000_000 });

    public TableBuilder Picklist(string name, params int[] values) =>
        Column(new ColumnDefinition
        {
            LogicalName = name,
            Kind = ColumnKind.Picklist,
            OptionSet = Options(name, values.Select(v => (v, (int?)null)).ToArray()),
        });

    public TableBuilder Lookup(string name, params string[] targets) =>
        Column(new ColumnDefinition { LogicalName = name, Kind = ColumnKind.Lookup, Targets = targets });

    public TableBuilder Column(ColumnDefinition column)
    {
        columns[column.LogicalName] = column;
        return this;
    }

    public TableDefinition Build() => new()
    {
        LogicalName = logicalName,
        PrimaryIdAttribute = logicalName + "id",
        PrimaryNameAttribute = "name",
        Ownership = ownership,
        Columns = columns,
    };

    private static OptionSetDefinition Options(string name, params (int Value, int? State)[] options) =>
        new(name, IsGlobal: false, options.Select(o => new OptionDefinition(o.Value, LocalizedText.Empty, o.State)).ToList());
}
