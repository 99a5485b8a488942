using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

public sealed class LoseOpportunityRequest : OrganizationRequest
{
    public LoseOpportunityRequest()
    {
        RequestName = "LoseOpportunity";
        // The message's required parameters are present from the start, as in the real class.
        OpportunityClose = null;
        Status = null;
    }

    /// <summary>The opportunityclose activity recording the outcome.</summary>
    public Entity OpportunityClose
    {
        get => Parameters.ValueOrDefault<Entity>("OpportunityClose");
        set => Parameters["OpportunityClose"] = value;
    }

    public OptionSetValue Status
    {
        get => Parameters.ValueOrDefault<OptionSetValue>("Status");
        set => Parameters["Status"] = value;
    }
}
