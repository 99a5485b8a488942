using System.Xml.Linq;
using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.Solution.Source;

/// <summary>Reads one &lt;column&gt; of a table file, with the relationships its lookup declares.</summary>
internal static class ColumnReader
{
    private static readonly string[] StringFormats = ["Text", "TextArea", "Email", "Url", "Phone", "TickerSymbol"];
    private static readonly string[] DateFormats = ["DateOnly", "DateAndTime"];
    private static readonly string[] IntegerFormats = ["None", "Duration", "TimeZone", "Language"];
    private static readonly string[] DateBehaviors = ["UserLocal", "DateOnly", "TimeZoneIndependent"];

    /// <summary>Platform columns whose options or targets differ per table, so the table file declares them, without the publisher prefix.</summary>
    public static readonly string[] PlatformNamesDeclaredByFile = ["statecode", "statuscode", "regardingobjectid"];

    // Types only the platform creates (see PlatformColumns).
    private static readonly ColumnKind[] PlatformKinds = [ColumnKind.PrimaryKey, ColumnKind.Owner];

    public static (ColumnDefinition Column, IReadOnlyList<DeclaredRelationship> Relationships) Read(SourceFile file, XElement element, string table, SourceContext context)
    {
        Vocabulary.AllowOnly(file, element, "name", "type", "maxlength", "min", "max", "precision", "required", "default", "optionset", "format", "behavior", "validforcreate", "validforupdate", "secured");
        Vocabulary.AllowChildren(file, element, "label", "option", "relationship");
        var name = file.Required(element, "name");
        if (name != name.ToLowerInvariant())
        {
            throw file.Error(element, $"the logical name '{name}' has capitals.", $"Write it in lower case: '{name.ToLowerInvariant()}'.");
        }

        var kind = file.RequiredChoice<ColumnKind>(element, "type");
        if (PlatformKinds.Contains(kind))
        {
            throw file.Error(element, $"a {kind} column is added by the platform.", "Remove the column; every table gets its key and owner.");
        }

        if (!PlatformNamesDeclaredByFile.Contains(name))
        {
            context.RequirePrefix(file, element, name, "column");
        }

        var displayName = file.Labels(element);
        var description = file.Labels(element, "description");
        context.RequireLabels(file, element, displayName, "display name");
        context.RequireLabels(file, element, description, "description");

        var relationships = ReadRelationships(file, element, table, name, kind, context);
        var optionSet = ReadOptionSet(file, element, name, kind, context);
        var column = new ColumnDefinition
        {
            LogicalName = name,
            Kind = kind,
            DisplayName = displayName,
            Description = description,
            MaxLength = kind switch
            {
                ColumnKind.String => Bounded(file, element, "maxlength", 100, 4_000),
                ColumnKind.Memo => Bounded(file, element, "maxlength", 2_000, 1_048_576),
                _ => Unexpected<int>(file, element, "maxlength", kind),
            },
            MinValue = IsNumber(kind) ? file.OptionalDecimal(element, "min") : Unexpected<decimal>(file, element, "min", kind),
            MaxValue = IsNumber(kind) ? file.OptionalDecimal(element, "max") : Unexpected<decimal>(file, element, "max", kind),
            Precision = kind is ColumnKind.Decimal or ColumnKind.Double or ColumnKind.Money
                ? Bounded(file, element, "precision", 2, 10)
                : Unexpected<int>(file, element, "precision", kind),
            Targets = relationships.Select(r => r.Relationship.ReferencedEntity).ToList(),
            OptionSet = optionSet,
            RequiredLevel = file.Choice(element, "required", RequiredLevel.None),
            DefaultValue = ReadDefault(file, element, kind, optionSet),
            Format = kind switch
            {
                ColumnKind.String => file.Word(element, "format", StringFormats) ?? "Text",
                ColumnKind.DateTime => file.Word(element, "format", DateFormats) ?? "DateAndTime",
                ColumnKind.Integer => file.Word(element, "format", IntegerFormats) ?? "None",
                _ => UnexpectedText(file, element, "format", kind),
            },
            DateTimeBehavior = kind == ColumnKind.DateTime ? file.Word(element, "behavior", DateBehaviors) ?? "UserLocal" : UnexpectedText(file, element, "behavior", kind),
            IsValidForCreate = file.Flag(element, "validforcreate", true),
            IsValidForUpdate = file.Flag(element, "validforupdate", true),
            IsCustom = context.IsSolution,
            IsSecured = file.Flag(element, "secured", false),
        };

        if (column.MinValue > column.MaxValue)
        {
            throw file.Error(element, $"min {column.MinValue} is above max {column.MaxValue}.", "Swap or correct the bounds.");
        }

        return (column, relationships);
    }

    private static bool IsNumber(ColumnKind kind) =>
        kind is ColumnKind.Integer or ColumnKind.BigInt or ColumnKind.Decimal or ColumnKind.Double or ColumnKind.Money;

    private static int Bounded(SourceFile file, XElement element, string attribute, int otherwise, int limit)
    {
        var value = file.OptionalInt(element, attribute) ?? otherwise;
        return value >= 0 && value <= limit
            ? value
            : throw file.Error(element, $"'{attribute}' is {value}, outside 0…{limit}.", $"Choose a {attribute} from 0 to {limit}.");
    }

    private static T? Unexpected<T>(SourceFile file, XElement element, string attribute, ColumnKind kind)
        where T : struct
    {
        Reject(file, element, attribute, kind);
        return null;
    }

    private static string? UnexpectedText(SourceFile file, XElement element, string attribute, ColumnKind kind)
    {
        Reject(file, element, attribute, kind);
        return null;
    }

    private static void Reject(SourceFile file, XElement element, string attribute, ColumnKind kind)
    {
        if (element.Attribute(attribute) is not null)
        {
            throw file.Error(element, $"a {kind} column has no '{attribute}'.", $"Remove {attribute}, or correct the type.");
        }
    }

    private static OptionSetDefinition? ReadOptionSet(SourceFile file, XElement element, string name, ColumnKind kind, SourceContext context)
    {
        var globalName = SourceFile.Optional(element, "optionset");
        var hasOptions = element.Elements("option").Any();
        if (kind is not (ColumnKind.Picklist or ColumnKind.MultiSelectPicklist or ColumnKind.State or ColumnKind.Status or ColumnKind.Boolean))
        {
            return globalName is null && !hasOptions ? null : throw file.Error(element, $"a {kind} column has no options.", "Remove the options, or make it a Picklist.");
        }

        if (globalName is not null)
        {
            if (hasOptions || kind is not (ColumnKind.Picklist or ColumnKind.MultiSelectPicklist))
            {
                throw file.Error(element, "the column names a global option set and lists options of its own.", "Keep either optionset=\"…\" or the <option> elements.");
            }

            return context.GlobalOptionSets.TryGetValue(globalName, out var global)
                ? global
                : throw file.Error(element, $"the global option set '{globalName}' does not exist.", $"Add OptionSets/{globalName}.xml or correct the name.");
        }

        if (kind == ColumnKind.Boolean && !hasOptions)
        {
            return PlatformColumns.YesNo(name);
        }

        var options = OptionReader.ReadOptions(file, element, context, kind);
        if (options.Count == 0)
        {
            throw file.Error(element, $"the {kind} column has no options.", "Add <option value=\"…\"> elements or optionset=\"…\" naming a global option set.");
        }

        if (kind == ColumnKind.Boolean && options.Select(o => o.Value).Order().SequenceEqual([0, 1]) is false)
        {
            throw file.Error(element, "a Boolean column has exactly the options 0 (false) and 1 (true).", "Label <option value=\"0\"> and <option value=\"1\">.");
        }

        return new OptionSetDefinition(name, IsGlobal: false, options);
    }

    private static object? ReadDefault(SourceFile file, XElement element, ColumnKind kind, OptionSetDefinition? optionSet)
    {
        if (element.Attribute("default") is null)
        {
            return null;
        }

        if (kind == ColumnKind.Boolean)
        {
            return file.Flag(element, "default", false);
        }

        if (kind is ColumnKind.Picklist or ColumnKind.State or ColumnKind.Status)
        {
            var value = file.RequiredInt(element, "default");
            return optionSet!.Allows(value)
                ? value
                : throw file.Error(element, $"the default {value} is not one of the options.", "Choose one of the option values.");
        }

        return UnexpectedText(file, element, "default", kind);
    }

    private static IReadOnlyList<DeclaredRelationship> ReadRelationships(SourceFile file, XElement element, string table, string column, ColumnKind kind, SourceContext context)
    {
        var declared = element.Elements("relationship").ToList();
        if (kind is not (ColumnKind.Lookup or ColumnKind.Customer))
        {
            return declared.Count == 0 ? [] : throw file.Error(declared[0], $"a {kind} column has no relationship.", "Remove the <relationship>, or make the column a Lookup.");
        }

        if (declared.Count == 0)
        {
            throw file.Error(element, "the lookup declares no relationship.", "Add <relationship name=\"…\" referenced=\"table\"/> for every table it may point at.");
        }

        var relationships = declared.Select(r => ReadRelationship(file, r, table, column, context)).ToList();
        if (kind == ColumnKind.Customer && !relationships.Select(r => r.Relationship.ReferencedEntity).Order().SequenceEqual(["account", "contact"]))
        {
            throw file.Error(element, "a Customer column points at account and contact.", "Declare one relationship referencing account and one referencing contact, or make it a Lookup.");
        }

        return relationships;
    }

    private static DeclaredRelationship ReadRelationship(SourceFile file, XElement element, string table, string column, SourceContext context)
    {
        Vocabulary.AllowOnly(file, element, "name", "referenced", "delete", "assign", "share", "unshare", "reparent");
        var name = file.Required(element, "name");
        context.RequirePrefix(file, element, name, "relationship");
        var referenced = file.Required(element, "referenced");
        var relationship = new OneToManyRelationship(name, referenced, referenced + "id", table, column, file.Choice(element, "delete", CascadeDelete.RemoveLink))
        {
            Cascade = new CascadeConfiguration(
                file.Choice(element, "assign", CascadeLink.NoCascade),
                file.Choice(element, "share", CascadeLink.NoCascade),
                file.Choice(element, "unshare", CascadeLink.NoCascade),
                file.Choice(element, "reparent", CascadeLink.NoCascade)),
            IsCustom = context.IsSolution,
        };
        return new DeclaredRelationship(relationship, file, element);
    }
}

/// <summary>A relationship with the place that declares it, checked once every table is known.</summary>
internal sealed record DeclaredRelationship(OneToManyRelationship Relationship, SourceFile File, XElement? Element);
