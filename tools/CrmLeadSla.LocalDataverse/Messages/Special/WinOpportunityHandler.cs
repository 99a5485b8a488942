namespace CrmLeadSla.LocalDataverse.Messages.Special;

/// <summary>WinOpportunity: closes an open opportunity as Won (statecode 1; statuscode Won 3 in a new organization).</summary>
public sealed class WinOpportunityHandler : OpportunityCloseHandler
{
    private static readonly ClosingState Won = new("opportunity", 1, "OpportunityState.Won", [3]);

    /// <inheritdoc />
    public override string MessageName => "WinOpportunity";

    private protected override ClosingState Closing => Won;
}
