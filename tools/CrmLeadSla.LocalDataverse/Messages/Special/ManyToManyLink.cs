using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages.Special;

/// <summary>A many-to-many relationship: one row in the intersect table per pair of associated rows.</summary>
internal sealed class ManyToManyLink(ManyToManyRelationship relationship) : RelationshipLink
{
    /// <inheritdoc />
    public override void Link(OperationContext context, Entity target, Entity related)
    {
        context.DemandAssociate(target, related);
        var (entity1Id, entity2Id) = Pair(target, related);
        if (IntersectRows(context, entity1Id, entity2Id).Any())
        {
            // The intersect table's key is the pair: associating it twice fails as a duplicate key.
            throw Fault.Of(ErrorCodes.DuplicateRecord, "Cannot insert duplicate key.");
        }

        var intersectId = context.NewId();
        context.Rows.Insert(new Entity(relationship.IntersectEntity, intersectId)
        {
            [relationship.IntersectEntity + "id"] = intersectId,
            [relationship.Entity1IntersectAttribute] = entity1Id,
            [relationship.Entity2IntersectAttribute] = entity2Id,
        });
    }

    /// <inheritdoc />
    public override void Unlink(OperationContext context, Entity target, Entity related)
    {
        context.DemandAssociate(target, related);
        var (entity1Id, entity2Id) = Pair(target, related);
        foreach (var row in IntersectRows(context, entity1Id, entity2Id).ToList())
        {
            context.Rows.Delete(relationship.IntersectEntity, row.Id);
        }
    }

    private (Guid Entity1Id, Guid Entity2Id) Pair(Entity target, Entity related)
    {
        // The target takes the entity-1 side when it can (a self-referencing relationship joins one table twice).
        if (Is(target, relationship.Entity1LogicalName) && Is(related, relationship.Entity2LogicalName))
        {
            return (target.Id, related.Id);
        }

        if (Is(target, relationship.Entity2LogicalName) && Is(related, relationship.Entity1LogicalName))
        {
            return (related.Id, target.Id);
        }

        throw NotInRelationship(relationship.SchemaName, target, related, relationship.Entity1LogicalName, relationship.Entity2LogicalName);
    }

    private IEnumerable<Entity> IntersectRows(OperationContext context, Guid entity1Id, Guid entity2Id) =>
        context.Rows.Rows(relationship.IntersectEntity).Where(row =>
            row.GetAttributeValue<Guid>(relationship.Entity1IntersectAttribute) == entity1Id
            && row.GetAttributeValue<Guid>(relationship.Entity2IntersectAttribute) == entity2Id);
}
