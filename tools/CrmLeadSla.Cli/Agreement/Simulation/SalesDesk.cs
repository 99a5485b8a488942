using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Cli.Agreement.Simulation;

/// <summary>
/// What sales does in Dataverse, as the funnel expects it: accept by moving to SAL, reject to Nurture or
/// Disqualified with an agreed reason, first contact as a phone call or e-mail, qualify with QualifyLead,
/// close the opportunity won or lost.
/// </summary>
internal static class SalesDesk
{
    private const int QualifiedStatus = 3;
    private const int WonStatus = 3;
    private const int LostStatus = 4;
    private const int OpenState = 0;
    private const int NewStatus = 1;

    /// <summary>A lead as a user sees it on opening it: stage, grade, behaviour points, deadlines, owner, status and account.</summary>
    public static Entity Open(IOrganizationService service, Guid leadId) =>
        service.Retrieve(LeadSchema.EntityName, leadId, new ColumnSet(LeadSchema.FunnelStage, LeadSchema.Grade, LeadSchema.BehaviorScore, LeadSchema.HandOverDueOn, LeadSchema.AcceptDueOn, LeadSchema.FirstContactDueOn, "ownerid", "statecode", "parentaccountid"));

    /// <summary>
    /// Whether a lead as opened is closed (statecode Qualified or Disqualified): its form is read only, and
    /// QualifyLead refuses it. A lead qualified once whose opportunity was lost comes back through nurturing closed.
    /// </summary>
    public static bool IsClosed(Entity lead) => (lead.GetAttributeValue<OptionSetValue>("statecode")?.Value ?? OpenState) != OpenState;

    /// <summary>Whether a lead as opened stands handed over (MQL).</summary>
    public static bool IsHandedOver(Entity lead) => Stands(lead, FunnelStage.Mql);

    /// <summary>Whether a lead as opened stands accepted (SAL).</summary>
    public static bool IsAccepted(Entity lead) => Stands(lead, FunnelStage.Sal);

    private static bool Stands(Entity lead, FunnelStage stage) =>
        lead.GetAttributeValue<OptionSetValue>(LeadSchema.FunnelStage)?.Value == (int)stage;

    /// <summary>Reopens a closed lead, as the form's Reactivate command does: statecode Open, status New.</summary>
    public static void Reactivate(IOrganizationService rep, Guid leadId) =>
        rep.Update(new Entity(LeadSchema.EntityName, leadId) { ["statecode"] = new OptionSetValue(OpenState), ["statuscode"] = new OptionSetValue(NewStatus) });

    public static void Assign(IOrganizationService service, Guid leadId, Guid userId) =>
        service.Update(new Entity(LeadSchema.EntityName, leadId) { ["ownerid"] = new EntityReference("systemuser", userId) });

    public static void Accept(IOrganizationService rep, Guid leadId) => Move(rep, leadId, FunnelStage.Sal, null, null);

    public static void Reject(IOrganizationService rep, Guid leadId, AgreedReason reason, string? comment) =>
        Move(rep, leadId, reason.Disqualifies ? FunnelStage.Disqualified : FunnelStage.Nurture, reason, comment);

    public static void Contact(IOrganizationService rep, Guid leadId, bool byPhone)
    {
        var activity = new Entity(byPhone ? "phonecall" : "email")
        {
            ["subject"] = byPhone ? "First call" : "First e-mail",
            ["regardingobjectid"] = new EntityReference(LeadSchema.EntityName, leadId),
        };
        var id = rep.Create(activity);

        // Logged, then completed (a call made, an e-mail sent): only a completed contact keeps the promise.
        rep.Update(new Entity(activity.LogicalName, id) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(byPhone ? 2 : 3) });
    }

    /// <summary>
    /// Qualifies the lead as opened into an opportunity and moves it to SQL; returns the opportunity's id. As the
    /// Qualify dialog does, a lead that already names its account (qualified in an earlier round) keeps it; only a
    /// lead without one gets a new account.
    /// </summary>
    public static Guid Qualify(IOrganizationService rep, Entity lead)
    {
        var leadId = lead.Id;
        var response = rep.Execute(new OrganizationRequest("QualifyLead")
        {
            Parameters =
            {
                ["LeadId"] = new EntityReference(LeadSchema.EntityName, leadId),
                ["CreateAccount"] = !lead.Contains("parentaccountid"),
                ["CreateContact"] = false,
                ["CreateOpportunity"] = true,
                ["Status"] = new OptionSetValue(QualifiedStatus),
            },
        });
        var opportunity = ((EntityReferenceCollection)response.Results["CreatedEntities"]).Single(r => r.LogicalName == "opportunity");
        Move(rep, leadId, FunnelStage.Sql, null, null);
        return opportunity.Id;
    }

    public static void Close(IOrganizationService rep, Guid opportunityId, bool won) =>
        rep.Execute(new OrganizationRequest(won ? "WinOpportunity" : "LoseOpportunity")
        {
            Parameters =
            {
                ["OpportunityClose"] = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", opportunityId) },
                ["Status"] = new OptionSetValue(won ? WonStatus : LostStatus),
            },
        });

    private static void Move(IOrganizationService rep, Guid leadId, FunnelStage stage, AgreedReason? reason, string? comment)
    {
        var lead = new Entity(LeadSchema.EntityName, leadId) { [LeadSchema.FunnelStage] = new OptionSetValue((int)stage) };
        if (reason != null)
        {
            lead[LeadSchema.RejectionReasonId] = new EntityReference(RejectionReasonSchema.EntityName, reason.Id);
            lead[LeadSchema.RejectionComment] = comment;
        }

        rep.Update(lead);
    }
}
