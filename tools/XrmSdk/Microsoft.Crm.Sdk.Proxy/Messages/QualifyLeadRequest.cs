using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

public sealed class QualifyLeadRequest : OrganizationRequest
{
    public QualifyLeadRequest()
    {
        RequestName = "QualifyLead";
        // The message's required parameters are present from the start, as in the real class.
        LeadId = null;
        CreateAccount = false;
        CreateContact = false;
        CreateOpportunity = false;
        Status = null;
    }

    public EntityReference LeadId
    {
        get => Parameters.ValueOrDefault<EntityReference>("LeadId");
        set => Parameters["LeadId"] = value;
    }

    public bool CreateAccount
    {
        get => Parameters.ValueOrDefault<bool>("CreateAccount");
        set => Parameters["CreateAccount"] = value;
    }

    public bool CreateContact
    {
        get => Parameters.ValueOrDefault<bool>("CreateContact");
        set => Parameters["CreateContact"] = value;
    }

    public bool CreateOpportunity
    {
        get => Parameters.ValueOrDefault<bool>("CreateOpportunity");
        set => Parameters["CreateOpportunity"] = value;
    }

    public EntityReference OpportunityCurrencyId
    {
        get => Parameters.ValueOrDefault<EntityReference>("OpportunityCurrencyId");
        set => Parameters["OpportunityCurrencyId"] = value;
    }

    public EntityReference OpportunityCustomerId
    {
        get => Parameters.ValueOrDefault<EntityReference>("OpportunityCustomerId");
        set => Parameters["OpportunityCustomerId"] = value;
    }

    public EntityReference SourceCampaignId
    {
        get => Parameters.ValueOrDefault<EntityReference>("SourceCampaignId");
        set => Parameters["SourceCampaignId"] = value;
    }

    public OptionSetValue Status
    {
        get => Parameters.ValueOrDefault<OptionSetValue>("Status");
        set => Parameters["Status"] = value;
    }

    public EntityReference ProcessInstanceId
    {
        get => Parameters.ValueOrDefault<EntityReference>("ProcessInstanceId");
        set => Parameters["ProcessInstanceId"] = value;
    }
}
