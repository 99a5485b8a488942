using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Pipeline;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Scoring;
using CrmLeadSla.Plugins.Sla;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>
    /// The pre-operation half of a stage move: works out the move a lead save asks for, has the funnel's rules
    /// decide it, and writes the decision into Target (pre-operation: saved with the operation). A refusal
    /// stops the save with the rules' message.
    /// </summary>
    public static class StageMoveOnSave
    {
        private const int Qualified = 1;
        private const int Disqualified = 2;

        /// <summary>Decides and stamps the move of the lead the step saves.</summary>
        public static void Decide(PluginStepContext step, Entity? stored)
        {
            var target = step.Target;
            var isCreate = stored == null;
            var lead = new LeadSnapshot(target, stored);
            var from = lead.StoredStage ?? FunnelStage.Inquiry;
            if (isCreate)
            {
                target[LeadSchema.StageChangedOn] = step.OperationTime;
            }

            var exclusion = ExclusionOf(step, lead, isCreate, from);
            var reason = ReasonFor(step, lead, from);
            var to = exclusion != null ? FunnelStage.Excluded : Requested(lead, from, reason);
            if (to is not FunnelStage stage || stage == from)
            {
                if (isCreate)
                {
                    target[LeadSchema.FunnelStage] = new OptionSetValue((int)from);
                }

                return;
            }

            var actor = exclusion != null ? FunnelActor.System : StepActor.For(step, from, stage);
            if (isCreate && actor == FunnelActor.System && exclusion == null && !SystemMoves.IsScoringMove(step))
            {
                // An import or integration (SYSTEM, an administrator) places a new lead where it already stands
                // elsewhere: its entry, not a move, so the rules and the hand-over do not apply.
                SystemMoves.MarkPlacement(step);
                step.Trace("Funnel: a new lead placed at {0}.", stage);
                return;
            }

            var request = new StageMoveRequest(from, stage, actor, step.OperationTime)
            {
                Grade = lead.Grade,
                MeetsMqlCriteria = stage == FunnelStage.Mql && actor == FunnelActor.System && MeetsMqlCriteria(step, lead),
                IsQualified = lead.State == Qualified,
                Reason = reason,
                Comment = lead.Value<string>(LeadSchema.RejectionComment),
                ReactivateOn = lead.Before<System.DateTime?>(LeadSchema.ReactivateOn),
                ExclusionReason = exclusion ?? lead.Value<string>(LeadSchema.ExclusionReason),
            };
            var decision = AgreedRejection.Decide(request, reason != null && (stage == FunnelStage.Nurture || stage == FunnelStage.Disqualified)
                ? AgreementOf(step, lead)
                : null);
            var move = decision.Move ?? throw new InvalidPluginExecutionException(decision.Refusal);
            step.Trace("Funnel: {0} moves the lead from {1} to {2} ({3}).", actor, from, stage, move.Kind);
            Stamp(step, target, lead, move, actor, exclusion);
        }

        // The reason is read only for a save that can reject or return the lead: one Retrieve.
        private static RejectionReason? ReasonFor(PluginStepContext step, LeadSnapshot lead, FunnelStage from)
        {
            var reasonId = lead.Value<EntityReference>(LeadSchema.RejectionReasonId);
            var written = lead.WrittenStage;
            var rejects = written == null
                ? lead.Changes(LeadSchema.RejectionReasonId) || lead.Changes("statecode")
                : written == FunnelStage.Nurture || written == FunnelStage.Disqualified;
            return reasonId != null && rejects && (from == FunnelStage.Mql || from == FunnelStage.Sal)
                ? RejectionReasonRecord.Read(step.SystemService, reasonId.Id)
                : null;
        }

        // Read only for a save that rejects or returns the lead with a reason: its agreement's listed reasons and
        // reactivation days judge the move; other moves keep their request budgets.
        private static SlaAgreement? AgreementOf(PluginStepContext step, LeadSnapshot lead) =>
            GoverningAgreement.Of(step.SystemService, lead) is System.Guid agreementId
                ? SlaAgreementRecord.Read(step.SystemService, agreementId)
                : null;

        // The stage a save asks for: the one it writes; or the one closing the lead implies (qualified: SQL,
        // disqualified by sales: Disqualified); or the one a rejection reason chosen on its own implies.
        private static FunnelStage? Requested(LeadSnapshot lead, FunnelStage from, RejectionReason? reason)
        {
            if (lead.WrittenStage is FunnelStage written)
            {
                return written;
            }

            var handedOver = from == FunnelStage.Mql || from == FunnelStage.Sal;
            if (lead.Changes("statecode") && handedOver)
            {
                return lead.State == Qualified ? FunnelStage.Sql
                    : lead.State == Disqualified ? FunnelStage.Disqualified
                    : (FunnelStage?)null;
            }

            if (reason != null && lead.Changes(LeadSchema.RejectionReasonId) && handedOver)
            {
                return reason.Outcome == RejectionOutcome.Disqualify ? FunnelStage.Disqualified : FunnelStage.Nurture;
            }

            return null;
        }

        // Exclusion rules look at a new lead and at a changed e-mail address; a lead out of the process stays out.
        private static string? ExclusionOf(PluginStepContext step, LeadSnapshot lead, bool isCreate, FunnelStage from)
        {
            if ((!isCreate && !lead.Changes("emailaddress1")) || from == FunnelStage.Excluded || from == FunnelStage.Won)
            {
                return null;
            }

            var facts = new ExclusionFacts(lead.Value<string>("emailaddress1"), new LeadTrait[0]);
            return facts.EmailDomain == null ? null : ExclusionRuleRows.Active(step.SystemService).ExclusionOf(facts)?.Reason;
        }

        // Scoring moved the lead itself only because it qualifies; any other automatic move is checked against the model.
        private static bool MeetsMqlCriteria(PluginStepContext step, LeadSnapshot lead)
        {
            if (SystemMoves.IsScoringMove(step))
            {
                return true;
            }

            var loaded = ActiveScoringModel.Current(step.SystemService, step.Execution.OrganizationId, new StepTracing(step));
            return loaded != null && lead.Value<OptionSetValue>(LeadSchema.Grade) is OptionSetValue grade
                && loaded.Model.Settings.QualifiesAsMql((Domain.Scoring.Grade)grade.Value, lead.Value<int?>(LeadSchema.BehaviorScore) ?? 0);
        }

        private static void Stamp(PluginStepContext step, Entity target, LeadSnapshot lead, AcceptedMove move, FunnelActor actor, string? exclusion)
        {
            var to = move.Change.To;
            target[LeadSchema.FunnelStage] = new OptionSetValue((int)to);
            target[LeadSchema.StageChangedOn] = move.Change.ChangedOn;
            // What the save writes itself wins (e.g. a workflow that returns the lead has set grade and date).
            if (move.Grade is Domain.Scoring.Grade grade && grade != lead.Grade && !lead.Changes(LeadSchema.Grade))
            {
                target[LeadSchema.Grade] = new OptionSetValue((int)grade);
                var points = lead.Value<int?>(LeadSchema.BehaviorScore) ?? 0;
                target[LeadSchema.LeadIndex] = new Domain.Scoring.LeadIndex(grade, points).ToString();
            }

            if (to == FunnelStage.Nurture && !lead.Changes(LeadSchema.ReactivateOn))
            {
                target[LeadSchema.ReactivateOn] = move.ReactivateOn;
            }

            if (move.Reason == null && (move.Kind == MoveKind.HandOver || move.Kind == MoveKind.Requalify))
            {
                // A lead handed over again starts with a clean slate: the last rejection is in the history.
                target[LeadSchema.RejectionReasonId] = null;
                target[LeadSchema.RejectionComment] = null;
                if (!HandOverStamps.Write(step.SystemService, target, lead, step.OperationTime, actor == FunnelActor.System))
                {
                    step.Trace("No SLA agreement and no default one: the lead is an MQL without hand-over deadlines.");
                }
            }

            if (exclusion != null)
            {
                target[LeadSchema.Excluded] = true;
                target[LeadSchema.ExclusionReason] = exclusion;
            }
        }
    }
}
