using System.Globalization;
using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.Solution.Packing;

/// <summary>One column as an &lt;attribute&gt; of customizations.xml: its type, limits, labels and option set.</summary>
internal sealed class AttributeXml(Labels labels, OptionSetXml optionSets, string introducedVersion)
{
    public XElement For(TableDefinition table, ColumnDefinition column)
    {
        var element = new XElement("attribute",
            new XAttribute("PhysicalName", column.LogicalName),
            new XElement("Type", TypeOf(column.Kind)),
            new XElement("Name", column.LogicalName),
            new XElement("LogicalName", column.LogicalName),
            new XElement("RequiredLevel", RequiredLevelOf(column.RequiredLevel)),
            new XElement("DisplayMask", DisplayMaskOf(table, column)),
            new XElement("ImeMode", "auto"),
            new XElement("ValidForUpdateApi", Bit(column.IsValidForUpdate)),
            new XElement("ValidForReadApi", "1"),
            new XElement("ValidForCreateApi", Bit(column.IsValidForCreate)),
            new XElement("IsCustomField", Bit(column.IsCustom)),
            new XElement("IsAuditEnabled", "1"),
            new XElement("IsSecured", Bit(column.IsSecured)),
            new XElement("IntroducedVersion", introducedVersion),
            new XElement("IsCustomizable", "1"),
            new XElement("IsRenameable", "1"),
            new XElement("CanModifySearchSettings", "1"),
            new XElement("CanModifyRequirementLevelSettings", "1"),
            new XElement("CanModifyAdditionalSettings", "1"),
            new XElement("SourceType", "0"),
            labels.List("displaynames", "displayname", column.DisplayName),
            labels.List("Descriptions", "Description", column.Description));
        element.Add(TypeSpecific(table, column));
        return element;
    }

    private IEnumerable<XElement> TypeSpecific(TableDefinition table, ColumnDefinition column)
    {
        switch (column.Kind)
        {
            case ColumnKind.String:
                yield return new XElement("Format", (column.Format ?? "Text").ToLowerInvariant());
                foreach (var length in Lengths(column.MaxLength ?? 100))
                {
                    yield return length;
                }

                break;
            case ColumnKind.Memo:
                yield return new XElement("Format", "text");
                foreach (var length in Lengths(column.MaxLength ?? 2000))
                {
                    yield return length;
                }

                break;
            case ColumnKind.Integer:
                yield return new XElement("Format", (column.Format ?? "None").ToLowerInvariant());
                foreach (var bound in Bounds(column, int.MinValue, int.MaxValue))
                {
                    yield return bound;
                }

                break;
            case ColumnKind.BigInt:
                foreach (var bound in Bounds(column, long.MinValue, long.MaxValue))
                {
                    yield return bound;
                }

                break;
            case ColumnKind.Decimal:
            case ColumnKind.Double:
            case ColumnKind.Money:
                foreach (var bound in Bounds(column, -100_000_000_000m, 100_000_000_000m))
                {
                    yield return bound;
                }

                yield return new XElement("Accuracy", (column.Precision ?? 2).ToString(CultureInfo.InvariantCulture));
                if (column.Kind == ColumnKind.Money)
                {
                    // 0: the precision given here, not the organization's or the currency's.
                    yield return new XElement("AccuracySource", "0");
                }

                break;
            case ColumnKind.DateTime:
                yield return new XElement("Format", column.Format == "DateOnly" ? "date" : "datetime");
                yield return new XElement("Behavior", BehaviorOf(column.DateTimeBehavior));
                yield return new XElement("CanChangeDateTimeBehavior", "1");
                break;
            case ColumnKind.Boolean:
                yield return new XElement("AppDefaultValue", column.DefaultValue is true ? "1" : "0");
                yield return optionSets.Local(table.LogicalName, column, "bit", OptionSetOf(table, column));
                break;
            case ColumnKind.Picklist:
            case ColumnKind.MultiSelectPicklist:
                var optionSet = OptionSetOf(table, column);
                if (column.DefaultValue is int defaultOption)
                {
                    yield return new XElement("AppDefaultValue", defaultOption.ToString(CultureInfo.InvariantCulture));
                }

                yield return optionSet.IsGlobal
                    ? new XElement("OptionSetName", optionSet.Name)
                    : optionSets.Local(table.LogicalName, column, "picklist", optionSet);
                break;
            case ColumnKind.State:
                yield return optionSets.States(table.LogicalName, column, OptionSetOf(table, column), table.Column("statuscode")?.OptionSet);
                break;
            case ColumnKind.Status:
                yield return optionSets.Statuses(table.LogicalName, column, OptionSetOf(table, column));
                break;
            case ColumnKind.Lookup:
            case ColumnKind.Customer:
            case ColumnKind.Owner:
                yield return new XElement("LookupStyle", "single");
                yield return new XElement("LookupTypes");
                break;
            case ColumnKind.EntityName:
                foreach (var length in Lengths(column.MaxLength ?? 64))
                {
                    yield return length;
                }

                break;
            case ColumnKind.PrimaryKey:
            case ColumnKind.Uniqueidentifier:
                break;
            default:
                throw new PackagingException($"the column '{table.LogicalName}.{column.LogicalName}' has the type {column.Kind}, which the packer cannot write.", "Teach AttributeXml the type, or use another.");
        }
    }

    private static OptionSetDefinition OptionSetOf(TableDefinition table, ColumnDefinition column) =>
        column.OptionSet ?? throw new PackagingException($"the choice column '{table.LogicalName}.{column.LogicalName}' has no options.", "Give it <option> children or name a global option set.");

    // Length is in bytes of nvarchar: two per character.
    private static IEnumerable<XElement> Lengths(int maxLength) =>
    [
        new XElement("MaxLength", maxLength.ToString(CultureInfo.InvariantCulture)),
        new XElement("Length", (maxLength * 2).ToString(CultureInfo.InvariantCulture)),
    ];

    private static IEnumerable<XElement> Bounds(ColumnDefinition column, decimal min, decimal max) =>
    [
        new XElement("MinValue", (column.MinValue ?? min).ToString(CultureInfo.InvariantCulture)),
        new XElement("MaxValue", (column.MaxValue ?? max).ToString(CultureInfo.InvariantCulture)),
    ];

    private static string TypeOf(ColumnKind kind) => kind switch
    {
        ColumnKind.PrimaryKey => "primarykey",
        ColumnKind.String => "nvarchar",
        ColumnKind.Memo => "ntext",
        ColumnKind.Integer => "int",
        ColumnKind.BigInt => "bigint",
        ColumnKind.Decimal => "decimal",
        ColumnKind.Double => "float",
        ColumnKind.Money => "money",
        ColumnKind.Boolean => "bit",
        ColumnKind.DateTime => "datetime",
        ColumnKind.Picklist => "picklist",
        ColumnKind.MultiSelectPicklist => "multiselectpicklist",
        ColumnKind.State => "state",
        ColumnKind.Status => "status",
        ColumnKind.Lookup => "lookup",
        ColumnKind.Customer => "customer",
        ColumnKind.Owner => "owner",
        ColumnKind.Uniqueidentifier => "uniqueidentifier",
        ColumnKind.EntityName => "nvarchar",
        _ => throw new PackagingException($"the column type {kind} has no Dataverse type name.", "Teach AttributeXml the type."),
    };

    private static string RequiredLevelOf(RequiredLevel level) => level switch
    {
        RequiredLevel.SystemRequired => "systemrequired",
        RequiredLevel.ApplicationRequired => "required",
        RequiredLevel.Recommended => "recommended",
        _ => "none",
    };

    // DateTimeBehavior: 1 user local, 2 date only, 3 time-zone independent.
    private static string BehaviorOf(string? behavior) => behavior switch
    {
        "DateOnly" => "2",
        "TimeZoneIndependent" => "3",
        _ => "1",
    };

    private static string DisplayMaskOf(TableDefinition table, ColumnDefinition column) =>
        column.Kind == ColumnKind.PrimaryKey ? "ValidForAdvancedFind|RequiredForGrid"
        : column.LogicalName == table.PrimaryNameAttribute ? "PrimaryName|ValidForAdvancedFind|ValidForForm|ValidForGrid|RequiredForForm"
        : "ValidForAdvancedFind|ValidForForm|ValidForGrid";

    private static string Bit(bool value) => value ? "1" : "0";
}
