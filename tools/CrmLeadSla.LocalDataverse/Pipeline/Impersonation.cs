namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>
/// Impersonation: a user sends calls on behalf of another user (the SDK's CallerId, the Web API's MSCRMCallerID header).
/// The sender needs <see cref="Privilege"/> (System Administrator and the Delegate role hold it); the calls run as the
/// user acted for — UserId and InitiatingUserId of every step are that user — and may do only what both users may do.
/// </summary>
internal static class Impersonation
{
    /// <summary>The privilege "Act on Behalf of Another User".</summary>
    public const string Privilege = "prvActOnBehalfOfAnotherUser";
}
