using System.Text.Json.Nodes;
using CrmLeadSla.Solution.Metadata;

namespace CrmLeadSla.WebApi;

/// <summary>
/// The table metadata clients need to read and write rows: <c>EntityDefinitions</c> (LogicalName, EntitySetName,
/// PrimaryIdAttribute), a table's <c>Attributes</c> (LogicalName, AttributeType) and its
/// <c>ManyToOneRelationships</c> (the lookup, its target and navigation property).
/// </summary>
public sealed class MetadataRequests
{
    private const string Segment = "EntityDefinitions";

    private readonly MetadataModel metadata;
    private readonly Uri serviceRoot;

    /// <summary>The metadata of <paramref name="metadata"/>, whose URLs start at <paramref name="serviceRoot"/>.</summary>
    public MetadataRequests(MetadataModel metadata, Uri serviceRoot)
    {
        this.metadata = metadata ?? throw new ArgumentNullException(nameof(metadata));
        this.serviceRoot = serviceRoot ?? throw new ArgumentNullException(nameof(serviceRoot));
    }

    /// <summary>The answer to a GET of <paramref name="path"/>, or null when the path is not metadata.</summary>
    public WebApiAnswer? Answer(WebApiRequest request, string path)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(path);
        if (request.Method != "GET" || !path.StartsWith(Segment, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = path[Segment.Length..];
        if (rest.Length == 0)
        {
            return WebApiAnswer.Collection(serviceRoot + "$metadata#EntityDefinitions", metadata.Tables.Select(Definition));
        }

        const string KeyStart = "(LogicalName='";
        var close = rest.IndexOf("')", StringComparison.Ordinal);
        if (!rest.StartsWith(KeyStart, StringComparison.Ordinal) || close < 0)
        {
            throw WebApiFault.NotFound($"Resource not found for the segment '{path}'.");
        }

        var name = rest[KeyStart.Length..close];
        var table = metadata.FindTable(name)
            ?? throw new WebApiFault(System.Net.HttpStatusCode.NotFound, LocalDataverse.Faults.ErrorCodes.EntityNotFound, $"Could not find entity with logical name '{name}'.");
        return rest[(close + 2)..].TrimStart('/') switch
        {
            "" => WebApiAnswer.Ok(Definition(table)),
            "Attributes" => WebApiAnswer.Collection(serviceRoot + "$metadata#EntityDefinitions('" + name + "')/Attributes", table.Columns.Values.Select(Attribute)),
            // The derived type's own properties: a date column's behaviour decides how its values are written (Edm.Date for DateOnly).
            "Attributes/Microsoft.Dynamics.CRM.DateTimeAttributeMetadata" => WebApiAnswer.Collection(
                serviceRoot + "$metadata#EntityDefinitions('" + name + "')/Attributes/Microsoft.Dynamics.CRM.DateTimeAttributeMetadata",
                table.Columns.Values.Where(c => c.Kind == ColumnKind.DateTime).Select(c => (JsonNode)new JsonObject
                {
                    ["LogicalName"] = c.LogicalName,
                    ["Format"] = c.Format ?? "DateAndTime",
                    ["DateTimeBehavior"] = new JsonObject { ["Value"] = c.DateTimeBehavior ?? "UserLocal" },
                })),
            var typed when typed.StartsWith("Attributes/" + ODataAnnotations.CrmNamespace, StringComparison.Ordinal)
                && ChoiceKinds.TryGetValue(typed["Attributes/".Length..][ODataAnnotations.CrmNamespace.Length..], out var kind) => WebApiAnswer.Collection(
                serviceRoot + "$metadata#EntityDefinitions('" + name + "')/" + typed,
                table.Columns.Values.Where(c => c.Kind == kind && c.OptionSet is not null).Select(c => (JsonNode)new JsonObject
                {
                    ["LogicalName"] = c.LogicalName,
                    ["OptionSet"] = OptionSet(c.OptionSet!, kind),
                })),
            "ManyToOneRelationships" => WebApiAnswer.Collection(serviceRoot + "$metadata#EntityDefinitions('" + name + "')/ManyToOneRelationships", LookupNavigation.Of(table).Select(n => (JsonNode)new JsonObject
            {
                ["ReferencingEntity"] = table.LogicalName,
                ["ReferencingAttribute"] = n.Column.LogicalName,
                ["ReferencedEntity"] = n.Target,
                ["ReferencingEntityNavigationPropertyName"] = n.Property,
            })),
            var other => throw WebApiFault.NotFound($"Resource not found for the segment '{other}'."),
        };
    }

    // The attribute metadata types whose columns carry options, and the column kind of each.
    private static readonly Dictionary<string, ColumnKind> ChoiceKinds = new(StringComparer.Ordinal)
    {
        ["PicklistAttributeMetadata"] = ColumnKind.Picklist,
        ["MultiSelectPicklistAttributeMetadata"] = ColumnKind.MultiSelectPicklist,
        ["StateAttributeMetadata"] = ColumnKind.State,
        ["StatusAttributeMetadata"] = ColumnKind.Status,
        ["BooleanAttributeMetadata"] = ColumnKind.Boolean,
    };

    // An option set as Dataverse describes one: its options with their labels in every language of the solution; a
    // two-option column's as FalseOption and TrueOption; a status option names the state it belongs to.
    private static JsonObject OptionSet(OptionSetDefinition optionSet, ColumnKind kind)
    {
        var json = new JsonObject
        {
            ["Name"] = optionSet.Name,
            ["IsGlobal"] = optionSet.IsGlobal,
            ["OptionSetType"] = kind switch
            {
                ColumnKind.Boolean => "Boolean",
                ColumnKind.State => "State",
                ColumnKind.Status => "Status",
                _ => "Picklist",
            },
        };
        if (kind == ColumnKind.Boolean)
        {
            json["FalseOption"] = Option(optionSet.Options.First(o => o.Value == 0));
            json["TrueOption"] = Option(optionSet.Options.First(o => o.Value == 1));
        }
        else
        {
            json["Options"] = new JsonArray(optionSet.Options.Select(o => (JsonNode)Option(o)).ToArray());
        }

        return json;
    }

    private static JsonObject Option(OptionDefinition option)
    {
        var json = new JsonObject { ["Value"] = option.Value, ["Label"] = Label(option.Label) };
        if (option.State is int state)
        {
            json["State"] = state;
        }

        return json;
    }

    private static JsonObject Label(LocalizedText text) => new()
    {
        ["LocalizedLabels"] = new JsonArray(text.ByLanguage.OrderBy(l => l.Key).Select(l => (JsonNode)new JsonObject { ["Label"] = l.Value, ["LanguageCode"] = l.Key }).ToArray()),
        ["UserLocalizedLabel"] = new JsonObject { ["Label"] = text.In(1033), ["LanguageCode"] = 1033 },
    };

    private static JsonNode Definition(TableDefinition table) => new JsonObject
    {
        ["LogicalName"] = table.LogicalName,
        ["EntitySetName"] = table.EntitySetName,
        ["PrimaryIdAttribute"] = table.PrimaryIdAttribute,
        ["PrimaryNameAttribute"] = table.PrimaryNameAttribute,
    };

    // AttributeType as Dataverse names it; the primary key is a Uniqueidentifier, a multi-select choice is Virtual.
    private static JsonNode Attribute(ColumnDefinition column) => new JsonObject
    {
        ["LogicalName"] = column.LogicalName,
        ["AttributeType"] = column.Kind switch
        {
            ColumnKind.PrimaryKey => "Uniqueidentifier",
            ColumnKind.MultiSelectPicklist => "Virtual",
            var kind => kind.ToString(),
        },
    };
}
