using System.Globalization;
using System.Text.Json.Nodes;
using CrmLeadSla.WebApi;
using Microsoft.Xrm.Sdk;
using CrmLeadSla.Cli.Environments;

namespace CrmLeadSla.Cli.WebApi;

/// <summary>
/// Rows of the Web API as SDK entities, so the plug-ins' own mapping code (columns to domain values and back) serves
/// the environment commands too: values typed by the column's AttributeType, <c>_name_value</c> lookups as entity
/// references (their table from the lookuplogicalname annotation, their name from the formatted value), labels as
/// formatted values; and back, lookups bound with <c>@odata.bind</c>.
/// </summary>
internal static class EntityJson
{
    private const string LookupLogicalName = "@Microsoft.Dynamics.CRM.lookuplogicalname";
    private const string FormattedValue = "@OData.Community.Display.V1.FormattedValue";

    public static Entity Read(TableShape shape, JsonObject row)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(row);
        var entity = new Entity(shape.LogicalName);
        foreach (var (name, node) in row)
        {
            if (name.Contains('@', StringComparison.Ordinal))
            {
                continue;
            }

            if (name.StartsWith('_') && name.EndsWith("_value", StringComparison.Ordinal))
            {
                var column = name[1..^"_value".Length];
                var target = row[name + LookupLogicalName]?.GetValue<string>()
                    ?? shape.Lookups.FirstOrDefault(l => l.Column == column).Target;
                entity[column] = node is null || target is null ? null : new EntityReference(target, Guid.Parse(node.GetValue<string>()))
                {
                    Name = row[name + FormattedValue]?.GetValue<string>(),
                };
                continue;
            }

            if (shape.AttributeTypes.TryGetValue(name, out var type))
            {
                entity[name] = node is null ? null : Value(type, node);
                if (row[name + FormattedValue]?.GetValue<string>() is string label)
                {
                    entity.FormattedValues[name] = label;
                }
            }
        }

        if (entity.GetAttributeValue<Guid?>(shape.PrimaryIdAttribute) is Guid id)
        {
            entity.Id = id;
        }

        return entity;
    }

    /// <summary>The body of a create, an update or an UpdateMultiple target (with its @odata.type).</summary>
    public static JsonObject Write(TableShapes shapes, TableShape shape, Entity row, bool typed = false)
    {
        ArgumentNullException.ThrowIfNull(shapes);
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(row);
        var body = new JsonObject();
        if (typed)
        {
            body["@odata.type"] = "Microsoft.Dynamics.CRM." + shape.LogicalName;
        }

        if (row.Id != Guid.Empty)
        {
            body[shape.PrimaryIdAttribute] = row.Id.ToString("D");
        }

        foreach (var (name, value) in row.Attributes)
        {
            if (value is EntityReference reference)
            {
                body[shape.NavigationProperty(name, reference.LogicalName) + "@odata.bind"] = $"/{shapes.EntitySetOf(reference.LogicalName)}({reference.Id:D})";
                continue;
            }

            body[name] = value is DateTime day && shape.DateOnlyColumns.Contains(name)
                ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : RowJson.Scalar(value);
        }

        return body;
    }

    private static object? Value(string attributeType, JsonNode node) => attributeType switch
    {
        "Picklist" or "State" or "Status" => new OptionSetValue(node.GetValue<int>()),
        "Money" => new Money(node.GetValue<decimal>()),
        "Integer" => node.GetValue<int>(),
        "BigInt" => node.GetValue<long>(),
        "Decimal" => node.GetValue<decimal>(),
        "Double" => node.GetValue<double>(),
        "Boolean" => node.GetValue<bool>(),
        "DateTime" => DateTime.Parse(node.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        "Uniqueidentifier" => Guid.Parse(node.GetValue<string>()),
        "Virtual" => new OptionSetValueCollection(node.GetValue<string>().Split(',').Select(v => new OptionSetValue(int.Parse(v, CultureInfo.InvariantCulture))).ToList()),
        _ => node.GetValue<string>(),
    };
}
