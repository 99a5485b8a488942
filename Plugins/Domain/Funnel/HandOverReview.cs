using System;
using CrmLeadSla.Plugins.Domain.Sla;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>
    /// Whether a hand-over the rules accepted goes to sales now or waits for marketing's review. Under an agreement
    /// with <see cref="HandOverMode.Review"/>, the system's hand-over (the lead meets the criteria) becomes readiness: the
    /// lead stays with marketing at Inquiry and marketing's hand-over clock starts; a marketer's own hand-over goes ahead.
    /// </summary>
    public static class HandOverReview
    {
        /// <summary>The move to carry out: <paramref name="move"/> itself, or the lead made ready for hand-over.</summary>
        public static AcceptedMove Of(AcceptedMove move, FunnelActor actor, SlaAgreement? agreement)
        {
            if (move == null)
            {
                throw new ArgumentNullException(nameof(move));
            }

            var handsOver = move.Reason == null && (move.Kind == MoveKind.HandOver || move.Kind == MoveKind.Requalify);
            return handsOver && actor == FunnelActor.System && agreement?.Terms.ReviewsHandOver == true
                ? move with { Change = move.Change with { To = FunnelStage.Inquiry }, Kind = MoveKind.ReadyForHandOver }
                : move;
        }

        /// <summary>
        /// Whether the lead already waits for marketing's review (it shows a hand-over due time): the system's hand-over
        /// changes nothing then, so the criteria met again and again start no second clock.
        /// </summary>
        public static bool AwaitsReview(FunnelStage from, FunnelStage to, FunnelActor actor, DateTime? handOverDueOn) =>
            handOverDueOn != null && from == FunnelStage.Inquiry && to == FunnelStage.Mql && actor == FunnelActor.System;
    }
}
