using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Storage;

/// <summary>
/// Deep copies of rows and column values: what goes into storage and what comes out are never the
/// caller's instances, as over the wire, so a caller changing its Entity afterwards changes nothing stored.
/// </summary>
public static class RowCopy
{
    /// <summary>A copy of the row with copies of its mutable column values.</summary>
    public static Entity Of(Entity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var copy = new Entity(row.LogicalName, row.Id) { RowVersion = row.RowVersion };
        foreach (var column in row.Attributes)
        {
            copy.Attributes[column.Key] = ValueOf(column.Value);
        }

        foreach (var formatted in row.FormattedValues)
        {
            copy.FormattedValues[formatted.Key] = formatted.Value;
        }

        return copy;
    }

    /// <summary>A copy of a column value; immutable values (string, numbers, Guid, DateTime) are returned as they are.</summary>
    public static object? ValueOf(object? value) => value switch
    {
        EntityReference reference => new EntityReference(reference.LogicalName, reference.Id) { Name = reference.Name, RowVersion = reference.RowVersion },
        OptionSetValue option => new OptionSetValue(option.Value),
        Money money => new Money(money.Value),
        OptionSetValueCollection options => new OptionSetValueCollection(options.Select(o => new OptionSetValue(o.Value)).ToList()),
        EntityCollection collection => CopyOf(collection),
        Entity entity => Of(entity),
        AliasedValue aliased => new AliasedValue(aliased.EntityLogicalName, aliased.AttributeLogicalName, ValueOf(aliased.Value)),
        _ => value,
    };

    private static EntityCollection CopyOf(EntityCollection collection) =>
        new(collection.Entities.Select(Of).ToList()) { EntityName = collection.EntityName };
}
