using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages.Special;

/// <summary>
/// What Associate and Disassociate share: the request's Target, Relationship and RelatedEntities, every row
/// checked to exist, then one link change per related row, all in the operation's transaction.
/// </summary>
public abstract class RelationshipMessageHandler : IMessageHandler
{
    /// <inheritdoc />
    public abstract string MessageName { get; }

    /// <inheritdoc />
    public EntityReference PrimaryRecord(OrganizationRequest request) =>
        RequestParameters.Required<EntityReference>(request, "Target");

    /// <inheritdoc />
    public OrganizationResponse Execute(OrganizationRequest request, OperationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var target = PrimaryRecord(request);
        var targetRow = context.Existing(target.LogicalName, target.Id);
        var relationship = RequestParameters.Required<Relationship>(request, "Relationship");
        var related = RequestParameters.Required<EntityReferenceCollection>(request, "RelatedEntities");
        var link = RelationshipLink.For(context.Metadata, relationship);
        foreach (var reference in related)
        {
            Change(link, context, targetRow, context.Existing(reference.LogicalName, reference.Id));
        }

        return new OrganizationResponse { ResponseName = MessageName };
    }

    /// <summary>The change this message makes to one pair of rows.</summary>
    private protected abstract void Change(RelationshipLink link, OperationContext context, Entity target, Entity related);
}
