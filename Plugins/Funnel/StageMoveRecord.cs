using System;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Pipeline;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Sla;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>
    /// The post-operation half of a stage move, in the transaction of the save: the history row, the hand-over's
    /// assignment, the SLA clocks the move completes, cancels or opens, and the lead's worst open clock.
    /// </summary>
    public static class StageMoveRecord
    {
        /// <summary>Records the move between the stored row (null on Create) and the saved one.</summary>
        public static void Write(PluginStepContext step, Entity? stored, Entity after)
        {
            if (LeadSnapshot.StageOf(after) is not FunnelStage to)
            {
                return;
            }

            var from = LeadSnapshot.StageOf(stored);
            if (stored == null)
            {
                var placed = SystemMoves.IsPlacement(step);
                StageHistory.Write(step, null, placed ? to : FunnelStage.Inquiry, null, after);
                from = placed ? to : FunnelStage.Inquiry;
            }

            var start = from ?? FunnelStage.Inquiry;
            if (start == to)
            {
                return;
            }

            var kind = FunnelMoves.Between(start, to).FirstOrDefault()?.Kind;
            StageHistory.Write(step, start, to, kind, after);
            if (kind is MoveKind moveKind)
            {
                FollowUp(step, moveKind, after);
            }
        }

        private static void FollowUp(PluginStepContext step, MoveKind kind, Entity after)
        {
            var plan = ClockPlan.For(kind);
            var agreementId = after.GetAttributeValue<EntityReference>(LeadSchema.SlaAgreementId);
            if (agreementId == null || plan.IsEmpty)
            {
                return;
            }

            var service = step.SystemService;
            var leadId = step.Execution.PrimaryEntityId;
            var now = step.OperationTime;
            var lead = new Entity(LeadSchema.EntityName, leadId);
            if (kind == MoveKind.HandOver || kind == MoveKind.Requalify)
            {
                // Assigned as SYSTEM: the hand-over must not depend on whether the user who triggered it may assign.
                var owner = SalesAssignee.For(service, agreementId.Id, leadId);
                if (owner == null)
                {
                    step.Trace("The agreement names no sales owner or enabled team member: the lead keeps its owner.");
                }
                else if (owner.Id != after.GetAttributeValue<EntityReference>("ownerid")?.Id)
                {
                    lead["ownerid"] = owner;
                }
            }

            var clocks = LeadClocks.Of(service, leadId, SlaAgreementRecord.Read(service, agreementId.Id));
            var opened = clocks.Follow(plan, now);
            if (kind == MoveKind.HandOver || kind == MoveKind.Requalify)
            {
                // The lead shows the deadlines of the clocks it runs on.
                lead[LeadSchema.AcceptDueOn] = opened.TryGetValue(SlaKind.Accept, out var accept) ? accept : (DateTime?)null;
                lead[LeadSchema.FirstContactDueOn] = opened.TryGetValue(SlaKind.FirstContact, out var contact) ? contact : (DateTime?)null;
            }

            clocks.WriteStatus(lead, after, now);
            if (lead.Attributes.Count > 0)
            {
                service.Update(lead);
            }
        }
    }
}
