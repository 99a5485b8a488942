extern alias workflows;

using System.ServiceModel;
using CrmLeadSla.LocalDataverse;
using CrmLeadSla.OrganizationSetup;
using workflows::CrmLeadSla.Workflows;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Tests.Funnel;

/// <summary>
/// The solution on the local Dataverse (base language English) with a marketing user, two sales users who read
/// English, one who reads German, and a default agreement whose sales owner is <see cref="SalesUserId"/>; the clock starts on Monday 2 March 2026, 08:00 UTC, when business
/// hours begin. Moves are made as the users would make them.
/// </summary>
internal sealed class FunnelScenario
{
    public static readonly DateTime Start = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    public FunnelScenario(bool withDefaultAgreement = true)
    {
        Installed = SolutionOrganization.Load(null, [typeof(FunnelTransitionPlugin).Assembly, typeof(SlaActivity).Assembly, typeof(FunnelScenario).Assembly], Start);
        var team = new TeamMembers(Installed);
        MarketingUserId = team.Marketer();
        SalesUserId = team.SalesRep();
        OtherSalesUserId = team.SecondSalesRep();
        GermanSalesUserId = team.GermanSalesRep();
        if (withDefaultAgreement)
        {
            AgreementId = new AgreementBuilder("Default agreement").SalesOwner(SalesUserId).Default().CreateIn(System);
        }
    }

    /// <summary>The organization with the solution, and its users by role.</summary>
    public SolutionOrganization Installed { get; }

    public LocalOrganization Organization => Installed.Organization;

    public Guid MarketingUserId { get; }

    public Guid SalesUserId { get; }

    public Guid OtherSalesUserId { get; }

    public Guid GermanSalesUserId { get; }

    public Guid AgreementId { get; }

    public IOrganizationService Marketing => Organization.ServiceFor(MarketingUserId);

    public IOrganizationService Sales => Organization.ServiceFor(SalesUserId);

    public IOrganizationService GermanSales => Organization.ServiceFor(GermanSalesUserId);

    public IOrganizationService System => Organization.ServiceFor(Organization.SystemUserId);

    /// <summary>The lead's moves as marketing and sales make them.</summary>
    public LeadJourney Journey => new(Marketing, Sales);

    /// <summary>A new lead created by marketing; it starts as an Inquiry.</summary>
    public Guid NewLead(string email = "dana.berger@contoso.com") => Marketing.Create(Dana(email));

    /// <summary>A lead marketing has handed over: an MQL owned by sales.</summary>
    public Guid HandedOverLead() => Journey.HandedOver(Dana());

    /// <summary>A lead sales has accepted.</summary>
    public Guid AcceptedLead() => Journey.Accepted(Dana());

    /// <summary>The message of the fault a refused save ends with.</summary>
    public static string Refused(Action save) => Assert.Throws<FaultException<OrganizationServiceFault>>(save).Detail.Message;

    public void CloseOpportunity(Guid opportunityId, bool won) => Sales.Execute(new OrganizationRequest(won ? "WinOpportunity" : "LoseOpportunity")
    {
        ["OpportunityClose"] = new Entity("opportunityclose")
        {
            ["subject"] = won ? "Won" : "Lost",
            ["opportunityid"] = new EntityReference("opportunity", opportunityId),
        },
        ["Status"] = new OptionSetValue(won ? 3 : 4),
    });

    public Entity Lead(Guid leadId) => System.Retrieve(LeadSchema.EntityName, leadId, new ColumnSet(true));

    public FunnelStage StageOf(Guid leadId) => (FunnelStage)Lead(leadId).GetAttributeValue<OptionSetValue>(LeadSchema.FunnelStage).Value;

    /// <summary>The lead's stage history, oldest first.</summary>
    public List<Entity> History(Guid leadId)
    {
        var query = new QueryExpression(StageTransitionSchema.EntityName) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(StageTransitionSchema.LeadId, ConditionOperator.Equal, leadId);
        query.AddOrder("createdon", OrderType.Ascending);
        query.AddOrder("versionnumber", OrderType.Ascending);
        return System.RetrieveMultiple(query).Entities.ToList();
    }

    /// <summary>The moves of the history as "from→to" (new leads as "→Inquiry").</summary>
    public List<string> Moves(Guid leadId) => History(leadId).Select(row =>
        $"{(row.GetAttributeValue<OptionSetValue>(StageTransitionSchema.FromStage) is OptionSetValue from ? ((FunnelStage)from.Value).ToString() : string.Empty)}→{(FunnelStage)row.GetAttributeValue<OptionSetValue>(StageTransitionSchema.ToStage).Value}").ToList();

    /// <summary>The lead's SLA clocks as kind → state.</summary>
    public Dictionary<SlaKind, SlaClockState> Clocks(Guid leadId) => ClockRows(leadId).ToDictionary(
        row => (SlaKind)row.GetAttributeValue<OptionSetValue>(SlaClockSchema.Kind).Value,
        row => (SlaClockState)row.GetAttributeValue<OptionSetValue>(SlaClockSchema.Status).Value);

    public List<Entity> ClockRows(Guid leadId)
    {
        var query = new QueryExpression(SlaClockSchema.EntityName) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(SlaClockSchema.LeadId, ConditionOperator.Equal, leadId);
        return System.RetrieveMultiple(query).Entities.ToList();
    }

    private static Entity Dana(string email = "dana.berger@contoso.com") => new(LeadSchema.EntityName)
    {
        ["subject"] = "Interested in CrmLeadSla",
        ["firstname"] = "Dana",
        ["lastname"] = "Berger",
        ["companyname"] = "Contoso",
        ["emailaddress1"] = email,
    };
}
