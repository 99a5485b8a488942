using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages.Special;

/// <summary>
/// A one-to-many relationship: associating sets the lookup on the referencing (child) row, disassociating clears it.
/// The lookup is written by a nested Update, so Update steps on the child run as they do in Dataverse.
/// </summary>
internal sealed class OneToManyLink(OneToManyRelationship relationship, EntityRole? primaryEntityRole) : RelationshipLink
{
    /// <inheritdoc />
    public override void Link(OperationContext context, Entity target, Entity related)
    {
        var (parent, child) = ParentAndChild(target, related);
        context.DemandAppend(child.LogicalName, child, parent);
        WriteLookup(context, child, parent.ToEntityReference());
    }

    /// <inheritdoc />
    public override void Unlink(OperationContext context, Entity target, Entity related)
    {
        var (parent, child) = ParentAndChild(target, related);
        context.DemandAppend(child.LogicalName, child, parent);
        if (child.GetAttributeValue<EntityReference>(relationship.ReferencingAttribute)?.Id == parent.Id)
        {
            WriteLookup(context, child, null);
        }
    }

    private void WriteLookup(OperationContext context, Entity child, EntityReference? parent) =>
        context.Service.Update(new Entity(child.LogicalName, child.Id) { [relationship.ReferencingAttribute] = parent });

    private (Entity Parent, Entity Child) ParentAndChild(Entity target, Entity related)
    {
        var targetIsParent = Is(target, relationship.ReferencedEntity) && Is(related, relationship.ReferencingEntity)
            && primaryEntityRole != EntityRole.Referencing;
        if (targetIsParent)
        {
            return (target, related);
        }

        if (Is(target, relationship.ReferencingEntity) && Is(related, relationship.ReferencedEntity))
        {
            return (related, target);
        }

        throw NotInRelationship(relationship.SchemaName, target, related, relationship.ReferencedEntity, relationship.ReferencingEntity);
    }
}
