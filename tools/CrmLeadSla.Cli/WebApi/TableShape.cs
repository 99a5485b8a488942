using System.Text.Json.Nodes;
using CrmLeadSla.Cli.Environments;

namespace CrmLeadSla.Cli.WebApi;

/// <summary>
/// What the client must know of a table to read and write its rows over the Web API, read from the environment's
/// metadata: its entity set, primary key, each column's AttributeType, and each lookup's navigation properties.
/// </summary>
internal sealed record TableShape(
    string LogicalName,
    string EntitySetName,
    string PrimaryIdAttribute,
    IReadOnlyDictionary<string, string> AttributeTypes,
    IReadOnlyList<(string Column, string Target, string NavigationProperty)> Lookups)
{
    /// <summary>The date columns of DateOnly behaviour, whose values the Web API takes as dates without a time (Edm.Date).</summary>
    public IReadOnlySet<string> DateOnlyColumns { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public static async Task<TableShape> ReadAsync(WebApiClient client, string logicalName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var definition = $"EntityDefinitions(LogicalName='{logicalName}')";
        var table = await client.GetAsync($"{definition}?$select=LogicalName,EntitySetName,PrimaryIdAttribute", cancellationToken).ConfigureAwait(false);
        var attributes = await client.GetAsync($"{definition}/Attributes?$select=LogicalName,AttributeType", cancellationToken).ConfigureAwait(false);
        var lookups = await client.GetAsync(
            $"{definition}/ManyToOneRelationships?$select=ReferencingAttribute,ReferencedEntity,ReferencingEntityNavigationPropertyName",
            cancellationToken).ConfigureAwait(false);
        var types = Values(attributes).ToDictionary(a => Text(a, "LogicalName"), a => Text(a, "AttributeType"), StringComparer.Ordinal);
        var dateOnly = new HashSet<string>(StringComparer.Ordinal);
        if (types.ContainsValue("DateTime"))
        {
            var dates = await client.GetAsync($"{definition}/Attributes/Microsoft.Dynamics.CRM.DateTimeAttributeMetadata?$select=LogicalName,DateTimeBehavior", cancellationToken).ConfigureAwait(false);
            dateOnly.UnionWith(Values(dates).Where(d => d["DateTimeBehavior"]?["Value"]?.GetValue<string>() == "DateOnly").Select(d => Text(d, "LogicalName")));
        }

        return new TableShape(
            logicalName,
            Text(table, "EntitySetName"),
            Text(table, "PrimaryIdAttribute"),
            types,
            Values(lookups).Select(l => (Text(l, "ReferencingAttribute"), Text(l, "ReferencedEntity"), Text(l, "ReferencingEntityNavigationPropertyName"))).ToList())
        {
            DateOnlyColumns = dateOnly,
        };
    }

    /// <summary>The navigation property that binds <paramref name="column"/> to a row of <paramref name="target"/>.</summary>
    public string NavigationProperty(string column, string target) =>
        Lookups.FirstOrDefault(l => string.Equals(l.Column, column, StringComparison.OrdinalIgnoreCase) && Takes(l.Target, target)).NavigationProperty
        ?? throw new InvalidOperationException($"The environment's {LogicalName} table has no lookup {column} to {target}.");

    // The owner's relationship references Dataverse's owner table, whose rows are users and teams.
    private static bool Takes(string referenced, string target) =>
        string.Equals(referenced, target, StringComparison.OrdinalIgnoreCase)
        || (referenced == "owner" && target is "systemuser" or "team");

    public static IEnumerable<JsonObject> Values(JsonObject collection) =>
        (collection?["value"] as JsonArray ?? []).OfType<JsonObject>();

    private static string Text(JsonObject row, string name) =>
        row[name]?.GetValue<string>() ?? throw new InvalidOperationException($"The environment's metadata has no {name}.");
}

/// <summary>The shapes of the tables a command reads and writes, each read from the environment once.</summary>
internal sealed class TableShapes(WebApiClient client)
{
    private readonly Dictionary<string, TableShape> shapes = new(StringComparer.OrdinalIgnoreCase);

    public async Task<TableShape> OfAsync(string logicalName, CancellationToken cancellationToken)
    {
        if (!shapes.TryGetValue(logicalName, out var shape))
        {
            shape = await TableShape.ReadAsync(client, logicalName, cancellationToken).ConfigureAwait(false);
            shapes[logicalName] = shape;
        }

        return shape;
    }

    /// <summary>The entity set of a table whose shape was read.</summary>
    public string EntitySetOf(string logicalName) => shapes[logicalName].EntitySetName;
}
