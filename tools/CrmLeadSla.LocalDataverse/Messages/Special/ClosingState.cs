using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.Solution.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages.Special;

/// <summary>
/// The state a closing message (QualifyLead, WinOpportunity, LoseOpportunity) moves a row into, and the
/// checks Dataverse makes first: the row must still be open (statecode 0) and the requested statuscode must
/// belong to the closing state.
/// </summary>
/// <param name="Table">The table of the row being closed.</param>
/// <param name="State">The closing statecode value.</param>
/// <param name="StateName">The state as Dataverse names it in its messages, e.g. <c>OpportunityState.Won</c>.</param>
/// <param name="StandardStatuses">The statuscode values of the state in a new organization, used when the metadata has no status options.</param>
internal sealed record ClosingState(string Table, int State, string StateName, IReadOnlyList<int> StandardStatuses)
{
    /// <summary>statecode of an open row.</summary>
    public const int Open = 0;

    /// <summary>Refuses a row that is no longer open (a missing statecode counts as open, the create default).</summary>
    public void DemandOpen(Entity row)
    {
        var state = row.GetAttributeValue<OptionSetValue>("statecode")?.Value ?? Open;
        if (state != Open)
        {
            throw Fault.Of(
                ErrorCodes.InvalidArgument,
                $"The {Table} with Id = {row.Id:D} is not open (statecode {state}), so it cannot be moved to {StateName}.");
        }
    }

    /// <summary>The statuscode to set: the requested one when it belongs to the state, else a fault.</summary>
    public OptionSetValue Status(MetadataModel metadata, Guid id, OptionSetValue? requested)
    {
        var allowed = StatusesOfState(metadata);
        var status = requested?.Value ?? allowed[0];
        if (!allowed.Contains(status))
        {
            throw Fault.Of(
                ErrorCodes.InvalidStateCodeStatusCode,
                $"{status} is not a valid status code for state code {StateName} on {Table} with Id {id:D}.");
        }

        return new OptionSetValue(status);
    }

    private IReadOnlyList<int> StatusesOfState(MetadataModel metadata)
    {
        var options = metadata.FindTable(Table)?.Column("statuscode")?.OptionSet?.Options;
        var fromMetadata = options?.Where(o => o.State == State).Select(o => o.Value).ToList();
        return fromMetadata is { Count: > 0 } ? fromMetadata : StandardStatuses;
    }
}
