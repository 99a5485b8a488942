using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Cli.Agreement.Simulation;

/// <summary>What marketing writes to Dataverse: a new lead from a prospect's first form, and each touch after it.</summary>
internal static class MarketingDesk
{
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
