using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages.Special;

/// <summary>
/// Disassociate: removes the intersect row of a many-to-many pair, or clears the lookup of the referencing rows
/// of a one-to-many relationship when it points at the target.
/// </summary>
public sealed class DisassociateHandler : RelationshipMessageHandler
{
    /// <inheritdoc />
    public override string MessageName => "Disassociate";

    private protected override void Change(RelationshipLink link, OperationContext context, Entity target, Entity related) =>
        link.Unlink(context, target, related);
}
