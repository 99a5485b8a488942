using System;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>What an allowed move needs besides the right actor: a qualifying score, a reason, a date reached.</summary>
    public static class MoveRequirements
    {
        /// <summary>The first requirement of the move that the request does not meet, or null when it meets them all.</summary>
        public static Refusal? Unmet(AllowedMove move, StageMoveRequest request) => move.Kind switch
        {
            MoveKind.HandOver => HandOver(request),
            MoveKind.Requalify => Requalify(request),
            MoveKind.Reject => Reason(move, request),
            MoveKind.Return => Reason(move, request),
            MoveKind.Qualify => request.IsQualified
                ? null
                : new Refusal("the lead has not been qualified, so no opportunity exists", "Qualify the lead; it moves to SQL with its opportunity"),
            MoveKind.Reactivate => Reactivation(request),
            MoveKind.Exclude => string.IsNullOrWhiteSpace(request.ExclusionReason)
                ? new Refusal("no exclusion reason was given", "Exclude leads through an exclusion rule, which records its reason")
                : null,
            _ => null,
        };

        private static Refusal? HandOver(StageMoveRequest request)
        {
            if (NotHandedOverWhenExcluded(request) is Refusal excluded)
            {
                return excluded;
            }

            // Marketing may hand over on its own judgement; the automatic hand-over needs the agreed criteria.
            return request.Actor == FunnelActor.System && !request.MeetsMqlCriteria
                ? new Refusal("the lead does not meet the scoring model's grade and behaviour threshold yet",
                    "Let scoring continue, or ask marketing to hand it over")
                : null;
        }

        private static Refusal? Requalify(StageMoveRequest request) =>
            NotHandedOverWhenExcluded(request)
            ?? (request.MeetsMqlCriteria
                ? null
                : new Refusal("the lead's behaviour does not meet the scoring model's threshold again yet",
                    "Wait for its reactivation date or for more activity"));

        private static Refusal? NotHandedOverWhenExcluded(StageMoveRequest request) =>
            string.IsNullOrWhiteSpace(request.ExclusionReason)
                ? null
                : new Refusal($"the lead is excluded from the process ({request.ExclusionReason}) and excluded leads are never handed over",
                    "Leave it out of the funnel, or ask an administrator to correct the exclusion rules if it should not be excluded");

        private static Refusal? Reason(AllowedMove move, StageMoveRequest request)
        {
            var reason = request.Reason;
            if (reason == null)
            {
                return new Refusal("no agreed rejection reason was given", "Choose one of the agreed rejection reasons");
            }

            if (!reason.IsActive)
            {
                return new Refusal($"the rejection reason '{reason.Name}' is no longer agreed", "Choose an active agreed reason");
            }

            if (reason.RequiresComment && string.IsNullOrWhiteSpace(request.Comment))
            {
                return new Refusal($"the reason '{reason.Name}' requires a comment", "Add a comment that explains the decision");
            }

            return Outcome(move, reason);
        }

        // The reason's outcome decides where a rejected lead goes; the stage asked for must agree with it.
        private static Refusal? Outcome(AllowedMove move, RejectionReason reason)
        {
            if (move.To == FunnelStage.Nurture && reason.Outcome == RejectionOutcome.Disqualify)
            {
                return new Refusal($"the reason '{reason.Name}' disqualifies the lead",
                    move.Kind == MoveKind.Reject
                        ? "Move it to Disqualified, or choose a reason that returns it to nurturing"
                        : "Choose a reason that returns it to nurturing; an accepted lead cannot be disqualified");
            }

            return move.To == FunnelStage.Disqualified && reason.Outcome == RejectionOutcome.Nurture
                ? new Refusal($"the reason '{reason.Name}' returns the lead to nurturing",
                    "Move it to Nurture, or choose a reason that disqualifies it")
                : null;
        }

        private static Refusal? Reactivation(StageMoveRequest request)
        {
            if (request.ReactivateOn is not DateTime due)
            {
                return new Refusal("the lead has no reactivation date", "Wait for its behaviour to qualify it again");
            }

            return request.Now < due
                ? new Refusal($"the lead is due back on {FunnelWording.DateOf(due)} only",
                    "Wait until then, or for its behaviour to qualify it again")
                : null;
        }
    }
}
