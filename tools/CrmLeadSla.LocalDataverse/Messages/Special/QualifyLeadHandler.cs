using CrmLeadSla.LocalDataverse.Faults;
using CrmLeadSla.LocalDataverse.Security;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Messages.Special;

/// <summary>
/// QualifyLead: creates the account, contact and opportunity the request asks for from the lead's columns —
/// each through a nested Create, so their plug-in steps run as in Dataverse — and closes the lead as Qualified.
/// Returns the created rows in CreatedEntities.
/// </summary>
public sealed class QualifyLeadHandler : IMessageHandler
{
    private static readonly ClosingState Qualified = new("lead", 1, "LeadState.Qualified", [3]);

    /// <inheritdoc />
    public string MessageName => "QualifyLead";

    /// <inheritdoc />
    public EntityReference PrimaryRecord(OrganizationRequest request) =>
        RequestParameters.Required<EntityReference>(request, "LeadId");

    /// <inheritdoc />
    public OrganizationResponse Execute(OrganizationRequest request, OperationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var leadId = PrimaryRecord(request);
        var lead = context.Existing("lead", leadId.Id);
        context.Demand(AccessRight.Write, "lead", lead);
        Qualified.DemandOpen(lead);
        var status = Qualified.Status(context.Metadata, lead.Id, RequestParameters.Optional<OptionSetValue>(request, "Status"));

        var createAccount = RequestParameters.Flag(request, "CreateAccount");
        var createContact = RequestParameters.Flag(request, "CreateContact");
        var account = lead.GetAttributeValue<EntityReference>("parentaccountid");
        var contact = lead.GetAttributeValue<EntityReference>("parentcontactid");
        RefuseDuplicate(createAccount, account, lead);
        RefuseDuplicate(createContact, contact, lead);

        var conversion = new LeadConversion(context, lead);
        var created = new EntityReferenceCollection();
        if (createAccount)
        {
            account = conversion.CreateAccount();
            created.Add(account);
        }

        if (createContact)
        {
            contact = conversion.CreateContact(account);
            created.Add(contact);
        }

        EntityReference? opportunity = null;
        if (RequestParameters.Flag(request, "CreateOpportunity"))
        {
            opportunity = conversion.CreateOpportunity(
                account,
                contact,
                RequestParameters.Optional<EntityReference>(request, "OpportunityCustomerId"),
                RequestParameters.Optional<EntityReference>(request, "OpportunityCurrencyId"),
                RequestParameters.Optional<EntityReference>(request, "SourceCampaignId"));
            created.Add(opportunity);
        }

        conversion.CloseLead(status, account, contact, opportunity);
        var response = new OrganizationResponse { ResponseName = MessageName };
        response.Results["CreatedEntities"] = created;
        return response;
    }

    private static void RefuseDuplicate(bool create, EntityReference? existing, Entity lead)
    {
        // Dataverse refuses to create a second account (contact) for a lead that already names its parent one.
        if (create && existing is not null)
        {
            throw Fault.Of(
                SpecialMessageErrorCodes.DuplicateDetected,
                $"A record was not created or updated because a duplicate of the current record already exists: lead {lead.Id:D} already has a parent {existing.LogicalName} ({existing.Id:D}).");
        }
    }
}
