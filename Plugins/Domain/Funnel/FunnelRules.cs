using System;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Languages;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>Decides stage moves against the table of allowed moves. Pure: the same request gets the same answer.</summary>
    public static class FunnelRules
    {
        /// <summary>
        /// The accepted move (new stage, grade, reactivation date, history reason and comment) or a refusal
        /// that names the move, says why not and what to do instead.
        /// </summary>
        public static StageMoveDecision Decide(StageMoveRequest request)
        {
            if (request == null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            var rows = FunnelMoves.Between(request.From, request.To);
            if (rows.Count == 0)
            {
                return Refuse(MissingRoutes.Explain(request.From, request.To), request);
            }

            var move = rows.FirstOrDefault(row => row.Actor == request.Actor);
            if (move == null)
            {
                var why = Text.Of(TextKey.OnlyActorsMayMove, FunnelWording.Listed(rows.Select(row => row.Actor)), Text.Of(rows[0].When));
                return Refuse(new Refusal(why, Text.Of(rows[0].HowTo)), request);
            }

            return MoveRequirements.Unmet(move, request) is Refusal unmet
                ? Refuse(unmet, request)
                : StageMoveDecision.Accepted(Accept(move, request));
        }

        private static StageMoveDecision Refuse(Refusal refusal, StageMoveRequest request) =>
            StageMoveDecision.Refused(refusal.For(request));

        private static AcceptedMove Accept(AllowedMove move, StageMoveRequest request)
        {
            // Only rejections and returns carry a reason; a stray reason on another move is not recorded.
            var reason = move.Kind == MoveKind.Reject || move.Kind == MoveKind.Return ? request.Reason : null;
            var comment = reason != null && !string.IsNullOrWhiteSpace(request.Comment) ? request.Comment : null;
            // Without an agreement there is no zone to count days in: 24-hour days. Under an agreement,
            // AgreedRejection counts them as wall-clock days in its zone.
            var reactivateOn = move.To == FunnelStage.Nurture && reason?.RecycleAfterDays is int days
                ? request.Now.AddDays(days)
                : (DateTime?)null;
            return new AcceptedMove(
                new StageChange(move.From, move.To, request.Now),
                move.Kind,
                reason == null ? request.Grade : reason.GradeAfter(request.Grade),
                reactivateOn,
                reason,
                comment);
        }
    }
}
