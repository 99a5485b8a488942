using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Solution.Source;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Cli.Agreement.Simulation;

/// <summary>
/// The configuration the simulated teams agreed on: the solution's starter configuration (Solution/SampleData/: the white
/// paper's scoring model, agreement, holidays, rejection reasons and exclusion rules), created by the admin as records.
/// Only what belongs to the simulated organization is added: the agreement names the simulated teams, and marketing's
/// monthly minimum follows the size of the simulated market.
/// </summary>
internal static class MarketConfiguration
{
    // The columns that make an agreement an SLA: the baseline run keeps none of them.
    private static readonly string[] Promises =
    [
        SlaAgreementSchema.HandOverWithinHours, SlaAgreementSchema.AcceptWithinHours, SlaAgreementSchema.FirstContactWithinHours,
        SlaAgreementSchema.QualifyWithinDays, SlaAgreementSchema.ReactivateAfterDays, SlaAgreementSchema.MinLeadsPerMonth,
    ];

    /// <summary>Marketing's promise: a tenth of a month's new leads handed over as MQLs, per calendar month.</summary>
    public static int MinLeadsPerMonth(SimulationSettings settings) => Math.Max(1, (int)Math.Round(settings.Leads * 30.0 / settings.Days / 10));

    /// <summary>
    /// Creates every row of <paramref name="starter"/> as <paramref name="admin"/>, in the order their lookups need; returns the
    /// agreed rejection reasons. With the SLA the agreement's sales side is <paramref name="salesOwner"/> (a team takes
    /// hand-overs in turn); without it (the baseline) the agreement keeps no deadline, clock or promise and handed-over
    /// leads land with one pool owner. Either way it is the default agreement, so every lead falls under it; its creation
    /// starts its daily job.
    /// </summary>
    public static IReadOnlyList<AgreedReason> Create(IOrganizationService admin, SampleConfiguration starter, SimulationSettings settings, Guid marketingOwnerId, EntityReference salesOwner)
    {
        foreach (var row in starter.Rows)
        {
            var entity = row.ToEntity();
            if (row.Table == SlaAgreementSchema.EntityName)
            {
                AgreeOn(entity, settings, marketingOwnerId, salesOwner);
            }

            admin.Create(entity);
        }

        return starter.Rows.Where(row => row.Table == RejectionReasonSchema.EntityName).Select(row => row.ToEntity()).Select(reason => new AgreedReason(
            reason.Id,
            reason.GetAttributeValue<string>(RejectionReasonSchema.Code),
            reason.GetAttributeValue<string>(RejectionReasonSchema.Name),
            reason.GetAttributeValue<OptionSetValue>(RejectionReasonSchema.Outcome).Value == (int)RejectionOutcome.Disqualify,
            reason.GetAttributeValue<bool>(RejectionReasonSchema.RequiresComment))).ToList();
    }

    private static void AgreeOn(Entity agreement, SimulationSettings settings, Guid marketingOwnerId, EntityReference salesOwner)
    {
        agreement[SlaAgreementSchema.MarketingOwnerId] = new EntityReference("systemuser", marketingOwnerId);
        agreement[salesOwner.LogicalName == "team" ? SlaAgreementSchema.SalesTeamId : SlaAgreementSchema.SalesOwnerId] = salesOwner;
        if (settings.WithSla)
        {
            agreement[SlaAgreementSchema.MinLeadsPerMonth] = MinLeadsPerMonth(settings);
            return;
        }

        agreement[SlaAgreementSchema.Name] = "No agreement (baseline)";
        foreach (var promise in Promises)
        {
            agreement.Attributes.Remove(promise);
        }
    }
}
