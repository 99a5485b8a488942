using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Cli.Agreement.Simulation;

/// <summary>
/// What marketing writes to Dataverse: a new lead from a prospect's first form, each touch after it, and the review of a
/// lead ready for hand-over (hand it over, or keep nurturing it).
/// </summary>
internal static class MarketingDesk
{
    // The lead's "need" answer that says it has none (Dataverse's option 3, "No need").
    private const int NoNeed = 3;

    /// <summary>Whether a lead as opened waits for marketing's review: at Inquiry with a hand-over due time.</summary>
    public static bool IsReadyForHandOver(Entity lead) =>
        lead.GetAttributeValue<OptionSetValue>(LeadSchema.FunnelStage)?.Value == (int)FunnelStage.Inquiry
        && lead.GetAttributeValue<DateTime?>(LeadSchema.HandOverDueOn) != null;

    /// <summary>
    /// A marketer's review of a ready lead: a prospect who says it has no need is kept in nurturing, every other one is
    /// handed over. Returns whether the lead was handed over.
    /// </summary>
    public static bool Review(IOrganizationService marketer, Prospect prospect)
    {
        var handsOver = prospect.Need != NoNeed;
        marketer.Update(new Entity(LeadSchema.EntityName, prospect.LeadId)
        {
            [LeadSchema.FunnelStage] = new OptionSetValue((int)(handsOver ? FunnelStage.Mql : FunnelStage.Nurture)),
        });
        return handsOver;
    }

    public static void CreateLead(IOrganizationService marketer, Prospect prospect) =>
        marketer.Create(new Entity(LeadSchema.EntityName, prospect.LeadId)
        {
            ["firstname"] = prospect.FirstName,
            ["lastname"] = prospect.LastName,
            ["jobtitle"] = prospect.JobTitle,
            ["companyname"] = prospect.Company,
            ["numberofemployees"] = prospect.Employees,
            ["industrycode"] = new OptionSetValue(prospect.Industry),
            ["emailaddress1"] = prospect.Email,
            ["budgetstatus"] = new OptionSetValue(prospect.BudgetStatus),
            ["decisionmaker"] = prospect.DecisionMaker,
            ["need"] = new OptionSetValue(prospect.Need),
            ["purchasetimeframe"] = new OptionSetValue(prospect.PurchaseTimeframe),
            ["leadsourcecode"] = new OptionSetValue(prospect.LeadSource),
            ["subject"] = $"{prospect.Company}: {prospect.JobTitle}",
        });

    /// <summary>The full address of a page of the simulated web site.</summary>
    public static string PageUrl(string path) => "https://www.example.com" + path;

    public static void Record(IOrganizationService marketer, Touch touch)
    {
        var row = new Entity(InteractionSchema.EntityName)
        {
            [InteractionSchema.Subject] = touch.Type.ToString(),
            [InteractionSchema.RegardingObjectId] = new EntityReference(LeadSchema.EntityName, touch.Prospect.LeadId),
            [InteractionSchema.InteractionType] = new OptionSetValue((int)touch.Type),
            [InteractionSchema.OccurredOn] = touch.OccurredOn,
        };
        if (touch.Url != null)
        {
            row[InteractionSchema.Url] = PageUrl(touch.Url);
        }

        marketer.Create(row);
    }
}
