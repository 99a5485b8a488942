using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Security;
using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmLeadSla.LocalDataverse.Messages;

/// <summary>
/// Delete: removes the row and applies each one-to-many relationship's cascade to the rows that point at
/// it (delete them, clear their lookup, or refuse while they exist); many-to-many links to it go too. With
/// ConcurrencyBehavior.IfRowVersionMatches only when Target.RowVersion is the stored row's version.
/// </summary>
public sealed class DeleteHandler : TargetMessageHandler<EntityReference>
{
    /// <inheritdoc />
    public override string MessageName => "Delete";

    /// <inheritdoc />
    private protected override EntityReference RecordOf(EntityReference target) => target;

    /// <inheritdoc />
    private protected override OrganizationResponse Execute(OrganizationRequest request, EntityReference target, TableDefinition table, OperationContext context)
    {
        var existing = context.Existing(table.LogicalName, target.Id);
        RowVersionCheck.Demand(request, target.RowVersion, existing);
        context.Demand(AccessRight.Delete, table.LogicalName, existing);
        DeleteWithCascades(table.LogicalName, target.Id, context);
        return new DeleteResponse();
    }

    private static void DeleteWithCascades(string table, Guid id, OperationContext context)
    {
        foreach (var relationship in context.Metadata.OneToMany.Where(r => string.Equals(r.ReferencedEntity, table, StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var child in RelationshipRows.Referencing(context.Rows, relationship, id))
            {
                switch (relationship.CascadeDelete)
                {
                    case CascadeDelete.Restrict:
                        throw Fault.Of(
                            ErrorCodes.RestrictedDelete,
                            $"The {table} record cannot be deleted because {child.LogicalName} records are associated with it through {relationship.SchemaName}.");
                    case CascadeDelete.Cascade:
                        DeleteWithCascades(child.LogicalName, child.Id, context);
                        break;
                    default:
                        context.Rows.Update(new Entity(child.LogicalName, child.Id) { [relationship.ReferencingAttribute] = null });
                        break;
                }
            }
        }

        RemoveManyToManyLinks(table, id, context);
        context.Rows.Delete(table, id);
    }

    private static void RemoveManyToManyLinks(string table, Guid id, OperationContext context)
    {
        foreach (var relationship in context.Metadata.ManyToMany)
        {
            var sides = new[]
            {
                (Table: relationship.Entity1LogicalName, Attribute: relationship.Entity1IntersectAttribute),
                (Table: relationship.Entity2LogicalName, Attribute: relationship.Entity2IntersectAttribute),
            };
            var attributes = sides.Where(s => string.Equals(s.Table, table, StringComparison.OrdinalIgnoreCase)).Select(s => s.Attribute).ToList();

            // A self-referencing relationship names the row on both sides: each link goes once.
            var links = context.Rows.Rows(relationship.IntersectEntity)
                .Where(link => attributes.Any(attribute => link.GetAttributeValue<Guid>(attribute) == id))
                .ToList();
            foreach (var link in links)
            {
                context.Rows.Delete(relationship.IntersectEntity, link.Id);
            }
        }
    }
}
