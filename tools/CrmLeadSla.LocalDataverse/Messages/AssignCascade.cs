using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages;

/// <summary>
/// What assigning a row does to the rows of its parental relationships, as each one-to-many relationship's cascade on
/// assign says: Cascade gives every referencing row the new owner, ActiveOnly the active ones (statecode 0), UserOwned
/// those the row's previous owner owned; NoCascade leaves them. A row that gets a new owner passes it on to its own
/// related rows the same way. So a lead's SLA clocks, history and activities follow the lead to its new owner.
/// </summary>
internal static class AssignCascade
{
    /// <summary>Assigns the rows related to the assigned row (<paramref name="table"/>, <paramref name="id"/>) to <paramref name="owner"/>.</summary>
    public static void Apply(string table, Guid id, EntityReference owner, Guid? previousOwnerId, OperationContext context)
    {
        foreach (var relationship in context.Metadata.OneToMany.Where(r =>
            string.Equals(r.ReferencedEntity, table, StringComparison.OrdinalIgnoreCase) && r.Cascade.Assign != CascadeLink.NoCascade))
        {
            if (context.Metadata.FindTable(relationship.ReferencingEntity) is not { Ownership: TableOwnership.UserOwned } childTable)
            {
                continue;
            }

            foreach (var child in RelationshipRows.Referencing(context.Rows, relationship, id).Where(c => Follows(relationship.Cascade.Assign, c, owner, previousOwnerId)))
            {
                var changes = new Entity(child.LogicalName, child.Id) { ["ownerid"] = owner };
                SystemColumns.StampUpdate(childTable, changes, context);
                context.Rows.Update(changes);
                Apply(child.LogicalName, child.Id, owner, child.GetAttributeValue<EntityReference>("ownerid")?.Id, context);
            }
        }
    }

    private static bool Follows(CascadeLink cascade, Entity child, EntityReference owner, Guid? previousOwnerId)
    {
        var childOwner = child.GetAttributeValue<EntityReference>("ownerid")?.Id;
        return childOwner != owner.Id && cascade switch
        {
            CascadeLink.ActiveOnly => (child.GetAttributeValue<OptionSetValue>("statecode")?.Value ?? 0) == 0,
            CascadeLink.UserOwned => childOwner == previousOwnerId,
            _ => true,
        };
    }
}
