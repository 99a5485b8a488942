using CrmLeadSla.LocalDataverse.Storage;

namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>Where a call comes from: whose it is, which operation made it, and the transaction it joins.</summary>
/// <param name="UserId">The user whose privileges apply.</param>
/// <param name="InitiatingUserId">The user who started the operation tree.</param>
/// <param name="Parent">The context of the step or operation that made the call; null for a top-level call.</param>
/// <param name="Transaction">The transaction the call joins; null starts its own.</param>
/// <param name="FromPlugin">True when a plug-in made the call.</param>
internal sealed record CallOrigin(Guid UserId, Guid InitiatingUserId, PluginExecutionContext? Parent, Transaction? Transaction, bool FromPlugin)
{
    /// <summary>True when a workflow made the call (its update step, or one of its custom activities).</summary>
    public bool FromWorkflow { get; init; }

    /// <summary>
    /// The user who sends the call on behalf of <see cref="UserId"/> (impersonation: CallerId, the Web API's MSCRMCallerID
    /// header); null for a call a user makes as itself. It needs prvActOnBehalfOfAnotherUser, and the call may do only
    /// what both users may do.
    /// </summary>
    public Guid? ImpersonatorId { get; init; }

    /// <summary>1 for a top-level call, one more than the parent's for a nested one.</summary>
    public int Depth => (Parent?.Depth ?? 0) + 1;

    /// <summary>A top-level call by a user.</summary>
    public static CallOrigin TopLevel(Guid userId) => new(userId, userId, Parent: null, Transaction: null, FromPlugin: false);
}
