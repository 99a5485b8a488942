using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages.Special;

/// <summary>
/// Associate: ties rows by a relationship of the metadata — an intersect row for many-to-many (a pair already
/// associated is refused as a duplicate key), the lookup on the referencing rows for one-to-many.
/// </summary>
public sealed class AssociateHandler : RelationshipMessageHandler
{
    /// <inheritdoc />
    public override string MessageName => "Associate";

    private protected override void Change(RelationshipLink link, OperationContext context, Entity target, Entity related) =>
        link.Link(context, target, related);
}
