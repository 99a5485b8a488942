using System;
using System.Collections.Generic;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Languages;
using CrmLeadSla.Plugins.Pipeline;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Scoring;
using CrmLeadSla.Plugins.Sla;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>
    /// A lead save's stage move, decided once and written once. Pre-operation (<see cref="Decide"/>) works out the move
    /// the save asks for, has the funnel's rules decide it, reads what the move needs — the rejection reason, the
    /// agreement with its calendar, reasons and sales owner or team, the lead's clocks — stamps the lead (saved with
    /// the operation) and carries the rest as a <see cref="DecidedMove"/> in the operation's SharedVariables.
    /// Post-operation (<see cref="Record"/>), in the same transaction, writes what was decided and reads nothing: the
    /// hand-over's new owner, the history rows and the clocks closed and opened (owned with the lead), the team's turn. A refusal stops the
    /// save with the rules' message.
    /// </summary>
    public static class StageMoveOnSave
    {
        // Shared by the steps of one operation: the pre-operation step's decision is the post-operation step's work.
        private const string DecisionKey = "CrmLeadSla.Funnel.DecidedMove";
        private const int Qualified = 1;
        private const int Disqualified = 2;

        /// <summary>Decides the move of the lead the step saves, stamps it into Target and carries the rest to <see cref="Record"/>.</summary>
        public static void Decide(PluginStepContext step, Entity? stored)
        {
            var target = step.Target;
            var isCreate = stored == null;
            var lead = new LeadSnapshot(target, stored);
            var from = lead.StoredStage ?? FunnelStage.Inquiry;
            var correction = MeasuredColumns.Judge(step, lead, stored, from);
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
                    Carry(step, lead, new DecidedMove { Entry = from, LeadIndex = lead.Value<string>(LeadSchema.LeadIndex), Correction = correction });
                }
                else if (Unmoved(step, lead) is var unmoved && (correction != null || unmoved != null))
                {
                    Carry(step, lead, (unmoved ?? new DecidedMove()) with { Stage = from, LeadIndex = lead.Value<string>(LeadSchema.LeadIndex), Correction = correction });
                }

                return;
            }

            var actor = exclusion != null ? FunnelActor.System : StepActor.For(step, from, stage);
            if (isCreate && (actor == FunnelActor.System || stage == FunnelStage.Nurture) && exclusion == null && !SystemMoves.IsScoringMove(step))
            {
                // An import or integration (SYSTEM, an administrator) places a new lead where it already stands
                // elsewhere: its entry, not a move, so the rules and the hand-over do not apply. A new lead at Nurture is
                // placed too: keeping a lead in nurturing is marketing's answer to its review, and a new lead had none.
                step.Trace("Funnel: a new lead placed at {0}.", stage);
                Carry(step, lead, new DecidedMove { Entry = stage, LeadIndex = lead.Value<string>(LeadSchema.LeadIndex), Correction = correction });
                return;
            }

            if (!isCreate && HandOverReview.AwaitsReview(from, stage, actor, lead.Before<DateTime?>(LeadSchema.HandOverDueOn)))
            {
                // Scoring finds the criteria met again while marketing reviews the lead: its clock already runs.
                step.Trace("Funnel: the lead waits for marketing's review and stays at {0}.", from);
                target[LeadSchema.FunnelStage] = new OptionSetValue((int)from);
                if (correction != null)
                {
                    Carry(step, lead, new DecidedMove { Stage = from, LeadIndex = lead.Value<string>(LeadSchema.LeadIndex), Correction = correction });
                }

                return;
            }

            // A rejection or return with a reason is judged by the agreement's listed reasons and reactivation days.
            var agreement = reason != null && (stage == FunnelStage.Nurture || stage == FunnelStage.Disqualified)
                ? GoverningAgreement.Of(step.SystemService, lead)
                : null;
            var request = new StageMoveRequest(from, stage, actor, step.OperationTime)
            {
                Grade = lead.Grade,
                MeetsMqlCriteria = stage == FunnelStage.Mql && actor == FunnelActor.System && MeetsMqlCriteria(step, lead),
                IsQualified = lead.State == Qualified,
                Reason = reason,
                Comment = lead.Value<string>(LeadSchema.RejectionComment),
                ReactivateOn = lead.Before<DateTime?>(LeadSchema.ReactivateOn),
                ExclusionReason = exclusion ?? lead.Value<string>(LeadSchema.ExclusionReason),
            };
            var decision = AgreedRejection.Decide(request, agreement);
            var move = decision.Move ?? throw new UserMessageException(decision.Refusal!);
            if (IsHandOver(move))
            {
                agreement = GoverningAgreement.Of(step.SystemService, lead);
                move = HandOverReview.Of(move, actor, agreement);
            }

            step.Trace("Funnel: {0} moves the lead from {1} to {2} ({3}).", actor, from, move.Change.To, move.Kind);
            Stamp(target, lead, move, exclusion);
            var decided = new DecidedMove
            {
                Entry = isCreate ? FunnelStage.Inquiry : (FunnelStage?)null,
                Change = move.Change.From == move.Change.To ? null : move.Change,
                Kind = move.Kind,
                BySystem = actor == FunnelActor.System,
                ReasonId = move.Reason?.Id,
                Comment = move.Comment,
                Correction = correction,
            };
            if (IsHandOver(move))
            {
                HandOver(step, target, lead, actor, isCreate, agreement, out var owner, out var turn);
                decided = decided with { NewOwnerId = owner, Turn = turn };
            }
            else if (move.Kind == MoveKind.ReadyForHandOver && agreement != null)
            {
                step.Trace("Funnel: the lead meets the criteria of '{0}' and waits for marketing's review.", agreement.Name);
                target[LeadSchema.SlaAgreementId] = new EntityReference(SlaAgreementSchema.EntityName, agreement.Id);
                if (from != FunnelStage.Inquiry && agreement.MarketingOwnerId is Guid reviewer && reviewer != lead.Value<EntityReference>("ownerid")?.Id)
                {
                    // A nurtured lead (last owned by sales) comes back to marketing for the review: the agreement's marketing owner.
                    decided = decided with { NewOwnerId = reviewer };
                }
            }

            var waits = isCreate ? null : WaitingOnCustomer.Asked(step, lead);
            decided = FollowClocks(step, target, lead, move, agreement, decided, isCreate, out var clocks);
            if (waits is bool waiting)
            {
                // A save that moves the stage and sets or clears "Waiting on the customer" means both, in this order: the
                // move closes and opens its clocks, then the clocks open after it pause or resume.
                decided = WaitingOnCustomer.After(step, lead, decided, waiting, clocks);
            }
            else if (!isCreate)
            {
                decided = WaitingOnCustomer.StillWaiting(step, lead, decided);
            }

            Carry(step, lead, decided with { LeadIndex = lead.Value<string>(LeadSchema.LeadIndex) });
        }

        /// <summary>Writes what <see cref="Decide"/> decided for this operation's lead; nothing when the save moved nothing.</summary>
        public static void Record(PluginStepContext step)
        {
            if (!step.Execution.SharedVariables.TryGetValue(DecisionKey, out var carried) || carried is not string text)
            {
                return;
            }

            var decided = DecidedMove.Read(text);
            var service = step.SystemService;
            var leadId = step.Execution.PrimaryEntityId;
            if (decided.NewOwnerId is Guid owner)
            {
                // Assigned as SYSTEM: the hand-over must not depend on whether the user who triggered it may assign. First,
                // so the assignment carries the lead's earlier rows along and the rows below are born with the new owner.
                service.Update(new Entity(LeadSchema.EntityName, leadId) { ["ownerid"] = new EntityReference("systemuser", owner) });
            }

            var history = new StageHistory(step, decided.RowOwner);
            if (decided.Entry is FunnelStage entry)
            {
                history.WriteEntry(entry, decided);
            }

            if (decided.Change is StageChange change)
            {
                history.WriteMove(change, decided);
            }

            if (decided.Reassignment is string reassignment)
            {
                history.WriteReassignment(decided.Stage ?? FunnelStage.Inquiry, reassignment);
            }

            if (decided.Wait is CustomerWaitNote wait)
            {
                history.WriteWait(decided.Change?.To ?? decided.Stage ?? FunnelStage.Inquiry, wait);
            }

            if (decided.Correction is string correction)
            {
                history.WriteCorrection(decided.Change?.To ?? decided.Entry ?? decided.Stage ?? FunnelStage.Inquiry, correction);
            }

            if (decided.AgreementId is Guid agreementId)
            {
                SlaClockRecords.WriteClosed(service, decided.ClosedClocks);
                SlaClockRecords.WriteOpened(service, leadId, agreementId, decided.AgreementName ?? string.Empty, decided.OpenedClocks, decided.RowOwner);
                SlaClockRecords.WriteHeld(service, decided.HeldClocks);
            }

            if (decided.Turn is TeamTurn turn)
            {
                // The team's turn is kept on the agreement, so the next hand-over finds it without searching the leads.
                service.Update(new Entity(SlaAgreementSchema.EntityName, turn.AgreementId)
                {
                    [SlaAgreementSchema.LastAssigneeId] = new EntityReference("systemuser", turn.MemberId),
                });
            }
        }

        // What a save that moves no stage leaves to record: a reassignment while clocks run, a pause or resume of sales'
        // clocks, or both (a clock the reassignment closes as breached is not held as well).
        private static DecidedMove? Unmoved(PluginStepContext step, LeadSnapshot lead)
        {
            var reassigned = IsOwnHandOver(step) ? null : LeadReassignment.Of(step, lead);
            var wait = WaitingOnCustomer.Of(step, lead);
            if (wait == null || reassigned == null)
            {
                return reassigned ?? wait;
            }

            var closed = reassigned.ClosedClocks.Select(clock => clock.Id).ToList();
            return reassigned with { Wait = wait.Wait, HeldClocks = wait.HeldClocks.Where(clock => !closed.Contains(clock.Id)).ToList() };
        }

        // The history rows and clocks the move writes are owned with the lead (its owner after the move), so whoever may
        // read the lead reads them: a new lead without an owner in Target is its creator's.
        private static void Carry(PluginStepContext step, LeadSnapshot lead, DecidedMove decided) =>
            step.Execution.SharedVariables[DecisionKey] = (decided with { RowOwner = OwnerAfter(step, lead, decided.NewOwnerId) }).Write();

        private static RowOwner OwnerAfter(PluginStepContext step, LeadSnapshot lead, Guid? newOwnerId)
        {
            var owner = newOwnerId is Guid newOwner ? new EntityReference("systemuser", newOwner)
                : lead.Value<EntityReference>("ownerid") ?? new EntityReference("systemuser", step.Execution.UserId);
            return new RowOwner(owner.LogicalName, owner.Id);
        }

        // The hand-over assigns its lead in the post-operation step of the move: that save is the move's own, not a
        // reassignment of a lead whose clocks run.
        private static bool IsOwnHandOver(PluginStepContext step)
        {
            for (var context = step.Execution.ParentContext; context != null; context = context.ParentContext)
            {
                if (context.PrimaryEntityId == step.Execution.PrimaryEntityId && context.SharedVariables.ContainsKey(DecisionKey))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsHandOver(AcceptedMove move) =>
            move.Reason == null && (move.Kind == MoveKind.HandOver || move.Kind == MoveKind.Requalify);

        // The hand-over's agreement (the default one when the lead names none) and time on the lead, and who takes it.
        // Without any agreement a user's hand-over is refused; the system's (scoring's) leaves the lead an MQL without
        // deadlines, so scoring keeps working in an organization that has not set up its agreements yet.
        // newOwner is who takes the lead, null when it keeps its owner; turn is the team's turn taken.
        private static void HandOver(PluginStepContext step, Entity target, LeadSnapshot lead, FunnelActor actor, bool isCreate, SlaAgreement? agreement, out Guid? newOwner, out TeamTurn? turn)
        {
            newOwner = null;
            turn = null;
            if (agreement == null)
            {
                if (actor != FunnelActor.System)
                {
                    throw new UserMessageException(Text.Of(TextKey.HandOverWithoutAgreement, LeadFields.SlaAgreement, LeadFields.AgreementIsDefault));
                }

                step.Trace("No SLA agreement and no default one: the lead is an MQL without hand-over deadlines.");
                return;
            }

            target[LeadSchema.SlaAgreementId] = new EntityReference(SlaAgreementSchema.EntityName, agreement.Id);
            target[LeadSchema.HandedOverOn] = step.OperationTime;
            var owner = SalesAssignee.For(step.SystemService, agreement);
            var current = lead.Value<EntityReference>("ownerid")?.Id ?? (isCreate ? step.Execution.UserId : (Guid?)null);
            if (owner == null)
            {
                step.Trace("The agreement names no sales owner or enabled team member: the lead keeps its owner.");
            }

            newOwner = owner == current ? null : owner;
            turn = owner is Guid member && SalesAssignee.TakesTurns(agreement) ? new TeamTurn(agreement.Id, member) : null;
        }

        // The clocks the move completes, cancels and opens under the lead's agreement, and the lead's status and deadlines.
        // clocks are the lead's clocks as read before the move, null when the move reads none.
        private static DecidedMove FollowClocks(PluginStepContext step, Entity target, LeadSnapshot lead, AcceptedMove move, SlaAgreement? agreement, DecidedMove decided, bool isCreate,
            out IReadOnlyList<StoredClock>? clocks)
        {
            clocks = null;
            var plan = ClockPlan.For(move.Kind);
            if (plan.IsEmpty || lead.Value<EntityReference>(LeadSchema.SlaAgreementId) is not EntityReference named)
            {
                return decided;
            }

            var service = step.SystemService;
            var terms = agreement?.Id == named.Id ? agreement : SlaAgreementRecord.Read(service, named.Id);
            var now = step.OperationTime;
            // The clocks the move closes were answered for by the lead's owner until the save; those it opens by its owner after.
            var closedUnder = lead.Before<EntityReference>("ownerid") is EntityReference was ? new RowOwner(was.LogicalName, was.Id) : null;
            clocks = isCreate ? new StoredClock[0] : SlaClockRecords.WeighingOn(service, step.Execution.PrimaryEntityId, terms);
            var changes = ClockChanges.Of(plan, clocks, terms, now, closedUnder, OwnerAfter(step, lead, decided.NewOwnerId));
            if (IsHandOver(move))
            {
                // The lead shows the deadlines of the clocks it runs on.
                LeadDeadlines.Show(target, SlaKind.Accept, changes.DueOf(SlaKind.Accept));
                LeadDeadlines.Show(target, SlaKind.FirstContact, changes.DueOf(SlaKind.FirstContact));
            }
            else if (move.Kind == MoveKind.ReadyForHandOver)
            {
                LeadDeadlines.Show(target, SlaKind.HandOver, changes.DueOf(SlaKind.HandOver));
            }

            if (lead.Value<OptionSetValue>(LeadSchema.SlaStatus)?.Value != (int)changes.Status)
            {
                target[LeadSchema.SlaStatus] = new OptionSetValue((int)changes.Status);
            }

            return decided with { AgreementId = terms.Id, AgreementName = terms.Name, ClosedClocks = changes.Closed, OpenedClocks = changes.Opened };
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
        // The reason is stored for every reader, so it is written in the organization's language.
        private static string? ExclusionOf(PluginStepContext step, LeadSnapshot lead, bool isCreate, FunnelStage from)
        {
            if ((!isCreate && !lead.Changes("emailaddress1")) || from == FunnelStage.Excluded || from == FunnelStage.Won)
            {
                return null;
            }

            var facts = new ExclusionFacts(lead.Value<string>("emailaddress1"), new LeadTrait[0]);
            var exclusion = facts.EmailDomain == null ? null : ExclusionRuleRows.Active(step.SystemService).ExclusionOf(facts);
            return exclusion?.Reason.In(OrganizationLanguage.Of(step.SystemService, step.Execution.OrganizationId));
        }

        // Scoring moved the lead itself only because it qualifies (its verdict is handed over, not checked again);
        // any other automatic move is checked against the model.
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

        private static void Stamp(Entity target, LeadSnapshot lead, AcceptedMove move, string? exclusion)
        {
            var to = move.Change.To;
            target[LeadSchema.FunnelStage] = new OptionSetValue((int)to);
            if (move.Change.From != to)
            {
                target[LeadSchema.StageChangedOn] = move.Change.ChangedOn;
            }

            if (to != FunnelStage.Inquiry && lead.Value<DateTime?>(LeadSchema.HandOverDueOn) != null)
            {
                // The lead is no longer waiting for marketing's review: its hand-over clock closes with this move.
                target[LeadSchema.HandOverDueOn] = null;
            }
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

            if (IsHandOver(move))
            {
                // A lead handed over again starts with a clean slate: the last rejection is in the history.
                target[LeadSchema.RejectionReasonId] = null;
                target[LeadSchema.RejectionComment] = null;
            }

            if (exclusion != null)
            {
                target[LeadSchema.Excluded] = true;
                target[LeadSchema.ExclusionReason] = exclusion;
            }
        }
    }
}
