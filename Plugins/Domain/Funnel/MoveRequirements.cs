using System;
using CrmLeadSla.Plugins.Domain.Languages;

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
            MoveKind.Qualify => request.IsQualified ? null : new Refusal(TextKey.NotQualified, TextKey.NotQualifiedInstead),
            MoveKind.Reactivate => Reactivation(request),
            MoveKind.Exclude => string.IsNullOrWhiteSpace(request.ExclusionReason)
                ? new Refusal(TextKey.NoExclusionReason, TextKey.NoExclusionReasonInstead)
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
                ? new Refusal(TextKey.MqlCriteriaNotMet, TextKey.MqlCriteriaNotMetInstead)
                : null;
        }

        private static Refusal? Requalify(StageMoveRequest request) =>
            NotHandedOverWhenExcluded(request)
            ?? (request.MeetsMqlCriteria ? null : new Refusal(TextKey.RequalificationNotMet, TextKey.RequalificationNotMetInstead));

        private static Refusal? NotHandedOverWhenExcluded(StageMoveRequest request) =>
            string.IsNullOrWhiteSpace(request.ExclusionReason)
                ? null
                : new Refusal(Text.Of(TextKey.ExcludedNeverHandedOver, request.ExclusionReason), Text.Of(TextKey.ExcludedNeverHandedOverInstead));

        private static Refusal? Reason(AllowedMove move, StageMoveRequest request)
        {
            var reason = request.Reason;
            if (reason == null)
            {
                return new Refusal(Text.Of(TextKey.NoRejectionReason), Text.Of(TextKey.NoRejectionReasonInstead, LeadFields.RejectionReason));
            }

            if (!reason.IsActive)
            {
                return new Refusal(Text.Of(TextKey.ReasonNoLongerAgreed, reason.Name), Text.Of(TextKey.ReasonNoLongerAgreedInstead));
            }

            if (reason.RequiresComment && string.IsNullOrWhiteSpace(request.Comment))
            {
                return new Refusal(Text.Of(TextKey.ReasonRequiresComment, reason.Name), Text.Of(TextKey.ReasonRequiresCommentInstead, LeadFields.RejectionComment));
            }

            return Outcome(move, reason);
        }

        // The reason's outcome decides where a rejected lead goes; the stage asked for must agree with it.
        private static Refusal? Outcome(AllowedMove move, RejectionReason reason)
        {
            if (move.To == FunnelStage.Nurture && reason.Outcome == RejectionOutcome.Disqualify)
            {
                return new Refusal(
                    Text.Of(TextKey.ReasonDisqualifies, reason.Name),
                    Text.Of(move.Kind == MoveKind.Reject ? TextKey.ReasonDisqualifiesRejectInstead : TextKey.ReasonDisqualifiesReturnInstead));
            }

            return move.To == FunnelStage.Disqualified && reason.Outcome == RejectionOutcome.Nurture
                ? new Refusal(Text.Of(TextKey.ReasonReturnsToNurturing, reason.Name), Text.Of(TextKey.ReasonReturnsToNurturingInstead))
                : null;
        }

        private static Refusal? Reactivation(StageMoveRequest request)
        {
            if (request.ReactivateOn is not DateTime due)
            {
                return new Refusal(TextKey.NoReactivationDate, TextKey.NoReactivationDateInstead);
            }

            return request.Now < due
                ? new Refusal(Text.Of(TextKey.DueBackOn, due), Text.Of(TextKey.DueBackOnInstead))
                : null;
        }
    }
}
