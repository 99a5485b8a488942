namespace CrmLeadSla.LocalDataverse.Messages.Special;

/// <summary>LoseOpportunity: closes an open opportunity as Lost (statecode 2; statuscode Canceled 4 or Out-Sold 5 in a new organization).</summary>
public sealed class LoseOpportunityHandler : OpportunityCloseHandler
{
    private static readonly ClosingState Lost = new("opportunity", 2, "OpportunityState.Lost", [4, 5]);

    /// <inheritdoc />
    public override string MessageName => "LoseOpportunity";

    private protected override ClosingState Closing => Lost;
}
