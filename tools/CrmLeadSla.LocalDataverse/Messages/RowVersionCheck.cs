using CrmLeadSla.LocalDataverse.Faults;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages;

/// <summary>
/// Optimistic concurrency of Update and Delete: with ConcurrencyBehavior.IfRowVersionMatches the write happens only
/// when the stored row still has the RowVersion the caller read; the row is locked before the check, so no other
/// write can slip in between.
/// </summary>
internal static class RowVersionCheck
{
    public const string Parameter = "ConcurrencyBehavior";

    /// <summary>Fails with Dataverse's concurrency fault when the request asks for a matching version and the row has another.</summary>
    public static void Demand(OrganizationRequest request, string? providedRowVersion, Entity existing)
    {
        if (!request.Parameters.TryGetValue(Parameter, out var value) || value is not ConcurrencyBehavior.IfRowVersionMatches)
        {
            return;
        }

        if (string.IsNullOrEmpty(providedRowVersion))
        {
            throw Fault.Of(
                ErrorCodes.ConcurrencyVersionNotProvided,
                "The RowVersion property must be provided when the value of ConcurrencyBehavior is IfRowVersionMatches.");
        }

        if (!string.Equals(providedRowVersion, existing.RowVersion, StringComparison.Ordinal))
        {
            throw Fault.Of(ErrorCodes.ConcurrencyVersionMismatch, "The version of the existing record doesn't match the RowVersion property provided.");
        }
    }
}
