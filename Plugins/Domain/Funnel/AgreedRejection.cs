using System;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Sla;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>
    /// Whether sales may reject or return a lead with a reason under its agreement: the funnel's rules
    /// (<see cref="FunnelRules"/>) first, then whether the agreement lists the reason. The funnel's step and
    /// the ValidateRejection activity both ask here, so both give the same message.
    /// </summary>
    public static class AgreedRejection
    {
        /// <summary>
        /// The move a rejection asks for at the lead's stage: from MQL, where the reason sends the lead; an
        /// accepted lead is only ever returned to Nurture.
        /// </summary>
        public static StageMoveRequest RequestFor(FunnelStage stage, RejectionReason? reason, string? comment, DateTime now) =>
            new StageMoveRequest(stage, stage == FunnelStage.Mql && reason?.Outcome == RejectionOutcome.Disqualify ? FunnelStage.Disqualified : FunnelStage.Nurture, FunnelActor.Sales, now)
            {
                Reason = reason,
                Comment = comment,
            };

        /// <summary>The move that returns the lead to nurturing at its stage, whatever the reason's outcome.</summary>
        public static StageMoveRequest ReturnFor(FunnelStage stage, RejectionReason? reason, string? comment, DateTime now) =>
            RequestFor(stage, reason, comment, now) with { To = FunnelStage.Nurture };

        /// <summary>
        /// The funnel's decision, refused also when the move carries a reason the agreement does not list. A nurtured
        /// lead comes back after the reason's days, else the agreement's days until reactivation — wall-clock days in
        /// the agreement's zone (rejected at 10:00 Berlin, back at 10:00 Berlin, whatever daylight saving did).
        /// </summary>
        public static StageMoveDecision Decide(StageMoveRequest request, SlaAgreement? agreement)
        {
            var decision = FunnelRules.Decide(request);
            if (agreement == null || decision.Move is not AcceptedMove move || move.Reason is not RejectionReason reason)
            {
                return decision;
            }

            if (agreement.Agrees(reason.Id))
            {
                return move.Change.To == FunnelStage.Nurture
                    ? StageMoveDecision.Accepted(move with { ReactivateOn = agreement.ReactivateOn(request.Now, reason.RecycleAfterDays) })
                    : decision;
            }

            return StageMoveDecision.Refused(new Refusal(
                Text.Of(TextKey.ReasonNotListed, reason.Name, agreement.Name),
                Text.Of(TextKey.ReasonNotListedInstead)).For(request));
        }
    }
}
