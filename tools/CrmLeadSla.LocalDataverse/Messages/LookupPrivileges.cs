using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages;

/// <summary>
/// Dataverse's rule for setting lookups: Append on the row being written and AppendTo on each row a lookup
/// of the write points at. The owner is not a lookup in this sense: changing it needs Assign instead.
/// </summary>
public static class LookupPrivileges
{
    /// <summary>Demands Append/AppendTo for every lookup <paramref name="written"/> sets on <paramref name="row"/>.</summary>
    public static void Demand(OperationContext context, string table, Entity row, Entity written)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(written);
        foreach (var (column, value) in written.Attributes)
        {
            if (value is EntityReference reference && !string.Equals(column, "ownerid", StringComparison.OrdinalIgnoreCase) && context.Rows.Find(reference.LogicalName, reference.Id) is { } pointedAt)
            {
                context.DemandAppend(table, row, pointedAt);
            }
        }
    }
}
