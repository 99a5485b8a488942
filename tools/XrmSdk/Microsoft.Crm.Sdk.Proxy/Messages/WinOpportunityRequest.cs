using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

public sealed class WinOpportunityRequest : OrganizationRequest
{
    public WinOpportunityRequest()
    {
        RequestName = "WinOpportunity";
        // As in the real class, a new request already holds both parameters.
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
