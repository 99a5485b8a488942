using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.OrganizationSetup;

/// <summary>
/// A lead's way through the funnel, each move made as the user who makes it: marketing creates the lead and hands it
/// over, sales accepts, rejects and qualifies it — <c>new LeadJourney(marketing, sales).Accepted(lead)</c>. Every move is
/// the one request a user's form sends (an Update of the funnel stage, or QualifyLead); the plug-ins do the rest.
/// </summary>
public sealed class LeadJourney
{
    private readonly IOrganizationService marketing;
    private readonly IOrganizationService sales;

    /// <summary>A journey whose marketing moves go through <paramref name="marketing"/> and sales moves through <paramref name="sales"/>.</summary>
    public LeadJourney(IOrganizationService marketing, IOrganizationService sales)
    {
        ArgumentNullException.ThrowIfNull(marketing);
        ArgumentNullException.ThrowIfNull(sales);
        this.marketing = marketing;
        this.sales = sales;
    }

    /// <summary>Marketing creates the lead (an Inquiry) and hands it over to sales (MQL); returns its id.</summary>
    public Guid HandedOver(Entity lead)
    {
        var leadId = marketing.Create(lead);
        HandOver(leadId);
        return leadId;
    }

    /// <summary>A lead created and handed over by marketing, then accepted by sales (SAL); returns its id.</summary>
    public Guid Accepted(Entity lead)
    {
        var leadId = HandedOver(lead);
        Accept(leadId);
        return leadId;
    }

    /// <summary>Marketing hands the lead over to sales (MQL).</summary>
    public void HandOver(Guid leadId) => Move(marketing, leadId, FunnelStage.Mql);

    /// <summary>Sales accepts the handed-over lead (SAL).</summary>
    public void Accept(Guid leadId) => Move(sales, leadId, FunnelStage.Sal);

    /// <summary>Sales rejects the lead back to nurturing with the rejection reason.</summary>
    public void Nurture(Guid leadId, Guid reasonId) => Reject(sales, leadId, FunnelStage.Nurture, reasonId);

    /// <summary>Sales qualifies the lead with QualifyLead, creating an opportunity; returns its id.</summary>
    public Guid Qualify(Guid leadId) => Qualify(sales, leadId);

    /// <summary>The user of <paramref name="service"/> moves the lead to the stage.</summary>
    public static void Move(IOrganizationService service, Guid leadId, FunnelStage stage)
    {
        ArgumentNullException.ThrowIfNull(service);
        service.Update(new Entity(LeadSchema.EntityName, leadId) { [LeadSchema.FunnelStage] = new OptionSetValue((int)stage) });
    }

    /// <summary>
    /// The user of <paramref name="service"/> rejects the lead to the stage (Nurture or Disqualified) with the reason
    /// (none clears it) and, when given, a comment.
    /// </summary>
    public static void Reject(IOrganizationService service, Guid leadId, FunnelStage stage, Guid? reasonId, string? comment = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        var lead = new Entity(LeadSchema.EntityName, leadId)
        {
            [LeadSchema.FunnelStage] = new OptionSetValue((int)stage),
            [LeadSchema.RejectionReasonId] = reasonId is Guid id ? new EntityReference(RejectionReasonSchema.EntityName, id) : null,
        };
        if (comment is not null)
        {
            lead[LeadSchema.RejectionComment] = comment;
        }

        service.Update(lead);
    }

    /// <summary>The user of <paramref name="service"/> qualifies the lead with QualifyLead, creating an opportunity (no account, no contact); returns its id.</summary>
    public static Guid Qualify(IOrganizationService service, Guid leadId)
    {
        ArgumentNullException.ThrowIfNull(service);
        var response = service.Execute(new OrganizationRequest("QualifyLead")
        {
            ["LeadId"] = new EntityReference(LeadSchema.EntityName, leadId),
            ["CreateAccount"] = false,
            ["CreateContact"] = false,
            ["CreateOpportunity"] = true,
            ["Status"] = new OptionSetValue(3),
        });
        return ((EntityReferenceCollection)response.Results["CreatedEntities"]).Single(created => created.LogicalName == "opportunity").Id;
    }
}
