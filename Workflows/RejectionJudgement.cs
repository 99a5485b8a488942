using System;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Sla;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Workflows
{
    /// <summary>A rejection of a lead with a reason, judged by <see cref="AgreedRejection"/> as the funnel judges it.</summary>
    internal sealed class RejectionJudgement
    {
        private RejectionJudgement(GovernedLead lead, RejectionReason? reason, StageMoveDecision decision, bool rejects)
        {
            Lead = lead;
            Reason = reason;
            Decision = decision;
            Rejects = rejects;
        }

        /// <summary>The lead and its agreement.</summary>
        public GovernedLead Lead { get; }

        /// <summary>The reason judged, null when none was given.</summary>
        public RejectionReason? Reason { get; }

        /// <summary>Accepted with the move, or refused with the message users read.</summary>
        public StageMoveDecision Decision { get; }

        /// <summary>
        /// False when the save moves nothing a rejection is judged on: the stage being saved is the lead's own and the
        /// lead is not handed over (e.g. a comment edited on a nurtured lead), as the funnel's step sees it.
        /// </summary>
        public bool Rejects { get; }

        /// <summary>
        /// Reads the lead (stage, grade, agreement) and the reason, and judges the rejection at a moment; with
        /// <paramref name="toNurture"/>, as a return to nurturing whatever the reason's outcome; with
        /// <paramref name="saved"/>, as the move to the stage being saved when it is another than the lead's.
        /// </summary>
        public static RejectionJudgement Of(IOrganizationService service, Guid leadId, EntityReference? reason, string? comment, DateTime now, bool toNurture = false, FunnelStage? saved = null)
        {
            var lead = GovernedLead.Read(service, leadId, LeadSchema.FunnelStage, LeadSchema.Grade);
            var row = lead.Row;
            var chosen = reason == null ? null : RejectionReasonRecord.Read(service, reason.Id);
            var stage = (FunnelStage)(row.GetAttributeValue<OptionSetValue>(LeadSchema.FunnelStage)?.Value ?? (int)FunnelStage.Inquiry);
            var request = (toNurture ? AgreedRejection.ReturnFor(stage, chosen, comment, now) : AgreedRejection.RequestFor(stage, chosen, comment, now)) with
            {
                Grade = row.GetAttributeValue<OptionSetValue>(LeadSchema.Grade) is OptionSetValue grade ? (Grade)grade.Value : (Grade?)null,
            };
            if (saved is FunnelStage to && to != stage)
            {
                request = request with { To = to };
            }

            var rejects = saved is not FunnelStage same || same != stage || stage == FunnelStage.Mql || stage == FunnelStage.Sal;
            return new RejectionJudgement(lead, chosen, AgreedRejection.Decide(request, lead.Agreement), rejects);
        }
    }
}
