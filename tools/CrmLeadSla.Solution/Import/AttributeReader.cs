using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Solution.Import;

/// <summary>
/// One &lt;attribute&gt; of an entity in customizations.xml as a column: type, required level, limits, format, date
/// behaviour, default and option set. A lookup's targets come from the relationships, read afterwards.
/// </summary>
internal static class AttributeReader
{
    private static readonly Dictionary<string, ColumnKind> Kinds = new(StringComparer.Ordinal)
    {
        ["primarykey"] = ColumnKind.PrimaryKey,
        ["nvarchar"] = ColumnKind.String,
        ["ntext"] = ColumnKind.Memo,
        ["int"] = ColumnKind.Integer,
        ["bigint"] = ColumnKind.BigInt,
        ["decimal"] = ColumnKind.Decimal,
        ["float"] = ColumnKind.Double,
        ["money"] = ColumnKind.Money,
        ["bit"] = ColumnKind.Boolean,
        ["datetime"] = ColumnKind.DateTime,
        ["picklist"] = ColumnKind.Picklist,
        ["multiselectpicklist"] = ColumnKind.MultiSelectPicklist,
        ["state"] = ColumnKind.State,
        ["status"] = ColumnKind.Status,
        ["lookup"] = ColumnKind.Lookup,
        ["customer"] = ColumnKind.Customer,
        ["owner"] = ColumnKind.Owner,
        ["uniqueidentifier"] = ColumnKind.Uniqueidentifier,
    };

    // Types Dataverse has and the local Dataverse does not model: such a column is left out, with a note.
    private static readonly HashSet<string> UnmodelledKinds = ["virtual", "file", "image", "partylist", "managedproperty", "calendarrules", "entityname"];

    private static readonly Dictionary<string, string> StringFormats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = "Text", ["textarea"] = "TextArea", ["email"] = "Email", ["url"] = "Url", ["phone"] = "Phone", ["tickersymbol"] = "TickerSymbol",
    };

    private static readonly Dictionary<string, string> IntegerFormats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["none"] = "None", ["duration"] = "Duration", ["timezone"] = "TimeZone", ["language"] = "Language",
    };

    // Read, or known and deliberately not acted on (audit, search, mobile and designer settings; see docs/importing-zips.md).
    private static readonly HashSet<string> Known =
    [
        "Type", "Name", "LogicalName", "RequiredLevel", "DisplayMask", "ImeMode", "ValidForUpdateApi", "ValidForReadApi", "ValidForCreateApi",
        "IsCustomField", "IsAuditEnabled", "IsLogical", "IsSecured", "IntroducedVersion", "IsCustomizable", "IsRenameable", "CanModifySearchSettings",
        "CanModifyRequirementLevelSettings", "CanModifyAdditionalSettings", "SourceType", "IsGlobalFilterEnabled", "IsSortableEnabled",
        "CanModifyGlobalFilterSettings", "CanModifyIsSortableSettings", "ExternalName", "IsDataSourceSecret", "AutoNumberFormat", "IsSearchable",
        "IsFilterable", "IsRetrievable", "IsLocalizable", "Format", "MaxLength", "Length", "MinValue", "MaxValue", "Accuracy", "AccuracySource",
        "CalculationOf", "CanChangeDateTimeBehavior", "Behavior", "LookupStyle", "LookupTypes", "AppDefaultValue", "optionset", "OptionSetName",
        "displaynames", "Descriptions", "YomiOf", "FormulaDefinitionFileName", "IsPrimaryName", "IsValidForForm", "IsRequiredForForm", "IsValidForGrid",
    ];

    /// <summary>The column, or null when its type is one the local Dataverse does not model (noted).</summary>
    public static ColumnDefinition? Read(ZipPart part, XElement element, string table, IReadOnlyDictionary<string, OptionSetDefinition> globalOptionSets, ImportNotes notes)
    {
        var name = (ZipPart.Text(element, "LogicalName") ?? ZipPart.Text(element, "Name") ?? (string?)element.Attribute("PhysicalName") ?? string.Empty).ToLowerInvariant();
        var component = $"table '{table}', column '{name}'";
        if (name.Length == 0)
        {
            throw part.Error($"table '{table}'", "an <attribute> has no <LogicalName>.", "Export the solution again.");
        }

        notes.Unknown(part.Name, element, Known);
        var typeName = part.Required(element, "Type", component).ToLowerInvariant();
        if (UnmodelledKinds.Contains(typeName))
        {
            notes.Add($"{part.Name}: {typeName} columns are not modelled by the local Dataverse; {table}.{name} is left out.");
            return null;
        }

        if (!Kinds.TryGetValue(typeName, out var kind))
        {
            throw part.Error(component, $"the type '{typeName}' is not a column type Dataverse exports.", $"Use one of: {string.Join(", ", Kinds.Keys)}.");
        }

        NoteUnenforced(part, element, table, name, component, notes);
        var optionSet = OptionSetOf(part, element, name, kind, globalOptionSets, component, notes);
        return new ColumnDefinition
        {
            LogicalName = name,
            Kind = kind,
            DisplayName = ZipPart.Labels(element.Element("displaynames")),
            Description = ZipPart.Labels(element.Element("Descriptions")),
            MaxLength = kind is ColumnKind.String or ColumnKind.Memo ? part.Int(element, "MaxLength", component) ?? (kind == ColumnKind.String ? 100 : 2_000) : null,
            MinValue = IsNumber(kind) ? part.Decimal(element, "MinValue", component) : null,
            MaxValue = IsNumber(kind) ? part.Decimal(element, "MaxValue", component) : null,
            Precision = kind is ColumnKind.Decimal or ColumnKind.Double or ColumnKind.Money ? part.Int(element, "Accuracy", component) ?? 2 : null,
            OptionSet = optionSet,
            RequiredLevel = RequiredLevelOf(part, element, component),
            DefaultValue = DefaultOf(part, element, kind, optionSet, component),
            // 8.2 and 9.1 exports leave out the validity flags that are false.
            IsValidForCreate = part.Flag(element, "ValidForCreateApi", component),
            IsValidForUpdate = part.Flag(element, "ValidForUpdateApi", component),
            IsCustom = part.Flag(element, "IsCustomField", component),
            IsSecured = part.Flag(element, "IsSecured", component),
            Format = FormatOf(part, element, kind, table, name, notes),
            DateTimeBehavior = kind == ColumnKind.DateTime ? BehaviorOf(part, element, component) : null,
        };
    }

    /// <summary>True when the primary name flag is in the column's display mask.</summary>
    public static bool IsPrimaryName(XElement element) =>
        (ZipPart.Text(element, "DisplayMask") ?? string.Empty).Split('|').Contains("PrimaryName", StringComparer.Ordinal);

    private static bool IsNumber(ColumnKind kind) =>
        kind is ColumnKind.Integer or ColumnKind.BigInt or ColumnKind.Decimal or ColumnKind.Double or ColumnKind.Money;

    // Settings the import reads and the local Dataverse does not act on: said once, so nobody relies on them here.
    private static void NoteUnenforced(ZipPart part, XElement element, string table, string name, string component, ImportNotes notes)
    {
        if (ZipPart.Text(element, "AutoNumberFormat") is { Length: > 0 } pattern)
        {
            notes.Add($"{part.Name}: {table}.{name} numbers rows with the pattern '{pattern}'; the local Dataverse does not fill autonumber columns.");
        }

        if (ZipPart.Text(element, "SourceType") is { Length: > 0 } source && source != "0")
        {
            notes.Add($"{part.Name}: {table}.{name} is a calculated, rollup or formula column (SourceType {source}); the local Dataverse stores it as a plain column.");
        }
    }

    private static RequiredLevel RequiredLevelOf(ZipPart part, XElement element, string component) => ZipPart.Text(element, "RequiredLevel")?.ToLowerInvariant() switch
    {
        null or "" or "none" => RequiredLevel.None,
        "required" or "applicationrequired" => RequiredLevel.ApplicationRequired,
        "recommended" => RequiredLevel.Recommended,
        "systemrequired" => RequiredLevel.SystemRequired,
        var other => throw part.Error(component, $"the required level '{other}' is not one Dataverse knows.", "Use none, recommended, required or systemrequired."),
    };

    private static string? FormatOf(ZipPart part, XElement element, ColumnKind kind, string table, string name, ImportNotes notes)
    {
        var text = ZipPart.Text(element, "Format");
        var formats = kind switch
        {
            ColumnKind.String => StringFormats,
            ColumnKind.Integer => IntegerFormats,
            _ => null,
        };
        if (kind == ColumnKind.DateTime)
        {
            return string.Equals(text, "date", StringComparison.OrdinalIgnoreCase) ? "DateOnly" : "DateAndTime";
        }

        if (formats is null)
        {
            return null;
        }

        var fallback = kind == ColumnKind.String ? "Text" : "None";
        if (text is null or "" || formats.TryGetValue(text, out var known) is false)
        {
            if (!string.IsNullOrEmpty(text))
            {
                notes.Add($"{part.Name}: {table}.{name} has the format '{text}', which the local Dataverse does not know; it is read as {fallback}.");
            }

            return fallback;
        }

        return known;
    }

    // DateTimeBehavior: 1 user local, 2 date only, 3 time-zone independent.
    private static string BehaviorOf(ZipPart part, XElement element, string component) => ZipPart.Text(element, "Behavior") switch
    {
        null or "" or "1" => "UserLocal",
        "2" => "DateOnly",
        "3" => "TimeZoneIndependent",
        var other => throw part.Error(component, $"the date behaviour '{other}' is not 1, 2 or 3.", "Export the solution again."),
    };

    private static OptionSetDefinition? OptionSetOf(ZipPart part, XElement element, string name, ColumnKind kind, IReadOnlyDictionary<string, OptionSetDefinition> globalOptionSets, string component, ImportNotes notes)
    {
        if (kind is not (ColumnKind.Picklist or ColumnKind.MultiSelectPicklist or ColumnKind.State or ColumnKind.Status or ColumnKind.Boolean))
        {
            return null;
        }

        if (ZipPart.Text(element, "OptionSetName") is { Length: > 0 } globalName)
        {
            return globalOptionSets.TryGetValue(globalName, out var global)
                ? global
                : throw part.Error(component, $"the column uses the global option set '{globalName}', which neither the zip nor the organization has.", $"Add the option set '{globalName}' to the solution, or import the solution that has it first.");
        }

        if (element.Element("optionset") is { } local)
        {
            return OptionSetReader.Local(part, local, name, component, notes);
        }

        return kind == ColumnKind.Boolean
            ? PlatformColumns.YesNo(name)
            : throw part.Error(component, $"the {kind} column has neither an <optionset> nor an <OptionSetName>.", "Export the solution again.");
    }

    private static object? DefaultOf(ZipPart part, XElement element, ColumnKind kind, OptionSetDefinition? optionSet, string component)
    {
        var value = part.Int(element, "AppDefaultValue", component);
        return kind switch
        {
            ColumnKind.Boolean => value is null ? null : value == 1,
            // -1: no default.
            ColumnKind.Picklist when value is { } option && option != -1 => optionSet!.Allows(option)
                ? option
                : throw part.Error(component, $"the default {option} is not one of the options.", "Choose one of the option values as the default."),
            _ => null,
        };
    }
}
