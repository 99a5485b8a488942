using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.WebApi;

/// <summary>
/// Rows as the Web API writes them: columns by logical name, a lookup as <c>_name_value</c> (its table in the
/// lookuplogicalname annotation), choices as numbers, money as a number, dates in ISO 8601 UTC; and row bodies of
/// POST and PATCH read back into entities, typed by the table's metadata, lookups set with <c>@odata.bind</c>.
/// </summary>
public sealed class RowJson
{
    private readonly MetadataModel metadata;

    /// <summary>Rows of the tables of <paramref name="metadata"/>.</summary>
    public RowJson(MetadataModel metadata) => this.metadata = metadata ?? throw new ArgumentNullException(nameof(metadata));

    /// <summary>The row as a JSON object; with annotations, lookups name their table and choices their label.</summary>
    public JsonObject Write(Entity row, bool annotations)
    {
        ArgumentNullException.ThrowIfNull(row);
        var json = new JsonObject();
        foreach (var (name, value) in row.Attributes)
        {
            var inner = value is AliasedValue aliased ? aliased.Value : value;
            if (inner is EntityReference reference)
            {
                var key = $"_{name}_value";
                json[key] = reference.Id.ToString("D");
                if (annotations)
                {
                    json[key + ODataAnnotations.LookupLogicalName] = reference.LogicalName;
                    if (reference.Name is not null)
                    {
                        json[key + ODataAnnotations.FormattedValue] = reference.Name;
                    }
                }

                continue;
            }

            json[name] = Scalar(inner);
            if (annotations && row.FormattedValues.TryGetValue(name, out var formatted))
            {
                json[name + ODataAnnotations.FormattedValue] = formatted;
            }
        }

        return json;
    }

    /// <summary>The entity a POST or PATCH body describes, each value typed by the column it sets.</summary>
    public Entity Read(TableDefinition table, JsonObject body, Guid id = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(body);
        var row = new Entity(table.LogicalName, id);
        foreach (var (name, node) in body)
        {
            if (name.EndsWith(ODataAnnotations.Bind, StringComparison.Ordinal))
            {
                var property = name[..^ODataAnnotations.Bind.Length];
                var (column, targets) = LookupNavigation.Find(table, property)
                    ?? throw WebApiFault.BadRequest($"An undeclared property '{property}' which only has property annotations in the payload but no property value was found in the payload.");
                row[column.LogicalName] = node switch
                {
                    null => null,
                    JsonValue value when value.TryGetValue<string>(out var path) => Bound(targets, name, path),
                    _ => throw WebApiFault.BadRequest($"'{name}' takes the bound row's URL as text, such as \"/accounts(00000000-0000-0000-0000-000000000001)\"; it was {node.ToJsonString()}."),
                };
                continue;
            }

            if (name.StartsWith('@') || name.Contains('@', StringComparison.Ordinal))
            {
                continue;
            }

            var definition = table.Column(name)
                ?? throw WebApiFault.BadRequest($"The property '{name}' does not exist on type 'Microsoft.Dynamics.CRM.{table.LogicalName}'. Make sure to only use property names that are defined by the type.");
            row[definition.LogicalName] = node is null ? null : Value(definition, node);
        }

        if (id == default && table.Column(table.PrimaryIdAttribute) is not null && row.Contains(table.PrimaryIdAttribute))
        {
            row.Id = (Guid)row[table.PrimaryIdAttribute];
        }

        return row;
    }

    /// <summary>The table whose entity set the name is (exactly: the Web API's names are case-sensitive), or null.</summary>
    public TableDefinition? TableOfSet(string entitySetName) =>
        metadata.Tables.FirstOrDefault(t => string.Equals(t.EntitySetName, entitySetName, StringComparison.Ordinal));

    /// <summary>A column value of a $filter or body, typed by the column.</summary>
    public static object? Value(ColumnDefinition column, JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(node);
        try
        {
            return column.Kind switch
            {
                ColumnKind.String or ColumnKind.Memo or ColumnKind.EntityName => node.GetValue<string>(),
                ColumnKind.Integer => node.GetValue<int>(),
                ColumnKind.BigInt => node.GetValue<long>(),
                ColumnKind.Decimal => node.GetValue<decimal>(),
                ColumnKind.Double => node.GetValue<double>(),
                ColumnKind.Money => new Money(node.GetValue<decimal>()),
                ColumnKind.Boolean => node.GetValue<bool>(),
                ColumnKind.DateTime => DateTime.Parse(node.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                ColumnKind.Picklist or ColumnKind.State or ColumnKind.Status => new OptionSetValue(node.GetValue<int>()),
                ColumnKind.MultiSelectPicklist => new OptionSetValueCollection(node.GetValue<string>().Split(',').Select(v => new OptionSetValue(int.Parse(v, CultureInfo.InvariantCulture))).ToList()),
                ColumnKind.PrimaryKey or ColumnKind.Uniqueidentifier => Guid.Parse(node.GetValue<string>()),
                _ => throw WebApiFault.BadRequest($"The column '{column.LogicalName}' is a lookup: set it with '{column.LogicalName}@odata.bind'."),
            };
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or JsonException)
        {
            throw WebApiFault.BadRequest($"Cannot convert the literal '{node.ToJsonString()}' to the type of the column '{column.LogicalName}' ({column.Kind}).");
        }
    }

    /// <summary>
    /// The row an <c>@odata.bind</c> URL names (<c>/leads(id)</c>, <c>leads(id)</c> or absolute); it must be a row of
    /// one of <paramref name="targets"/>, else the annotation <paramref name="binding"/> is refused naming the sets it takes.
    /// </summary>
    public EntityReference Bound(IReadOnlyList<string> targets, string binding, string path)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(path);

        // "/leads(00000000-…)", "leads(…)" or the absolute URL: the entity set must be a bound table's.
        var text = path[(path.LastIndexOf('/') + 1)..];
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var set = open > 0 ? text[..open] : string.Empty;
        var table = TableOfSet(set);
        return open > 0 && text.EndsWith(')') && table is not null && targets.Contains(table.LogicalName, StringComparer.OrdinalIgnoreCase)
            && Guid.TryParse(text[(open + 1)..^1], out var id)
            ? new EntityReference(table.LogicalName, id)
            : throw WebApiFault.BadRequest($"'{binding}' takes the URL of a {string.Join(" or ", targets)} row, "
                + $"{string.Join(" or ", targets.Select(t => $"'/{metadata.FindTable(t)?.EntitySetName}(id)'"))}; '{path}' is not one.");
    }

    /// <summary>
    /// A column value other than a lookup as the Web API writes it: a choice as its number, choices as numbers
    /// separated by commas, money as a number, a time in ISO 8601 UTC, a guid in its 'D' form.
    /// </summary>
    public static JsonNode? Scalar(object? value) => value switch
    {
        null => null,
        OptionSetValue option => option.Value,
        OptionSetValueCollection options => string.Join(",", options.Select(o => o.Value.ToString(CultureInfo.InvariantCulture))),
        Money money => money.Value,
        DateTime time => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        Guid id => id.ToString("D"),
        string text => text,
        bool flag => flag,
        int number => number,
        long number => number,
        decimal number => number,
        double number => number,
        _ => value.ToString(),
    };
}
