using CrmLeadSla.Plugins.Domain.Languages;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>Explains a move that the table does not have at all, in the terms of the funnel.</summary>
    public static class MissingRoutes
    {
        /// <summary>Why there is no such move from one stage to another, and what leads there instead.</summary>
        public static Refusal Explain(FunnelStage from, FunnelStage to)
        {
            if (from == to)
            {
                return new Refusal(Text.Of(TextKey.AlreadyAtStage, FunnelWording.NameOf(to)), Text.Of(TextKey.NothingToDo));
            }

            switch (from)
            {
                case FunnelStage.Won:
                    return new Refusal(TextKey.WonIsFinal, TextKey.WonIsFinalInstead);
                case FunnelStage.Disqualified:
                    return new Refusal(TextKey.DisqualifiedIsFinal, TextKey.DisqualifiedIsFinalInstead);
                case FunnelStage.Excluded:
                    return new Refusal(TextKey.ExcludedForGood, TextKey.ExcludedForGoodInstead);
                case FunnelStage.Mql when to == FunnelStage.Inquiry:
                    // No flapping: once handed over, a lead stays with sales until they decide, whatever its score does.
                    return new Refusal(TextKey.NoWayBackToInquiry, TextKey.NoWayBackToInquiryInstead);
                case FunnelStage.Mql when to == FunnelStage.Sql:
                    return new Refusal(TextKey.AcceptBeforeQualifying, TextKey.AcceptBeforeQualifyingInstead);
                case FunnelStage.Sal when to == FunnelStage.Disqualified:
                    return new Refusal(TextKey.AcceptedOnlyReturned, TextKey.AcceptedOnlyReturnedInstead);
            }

            if (to == FunnelStage.Won)
            {
                return new Refusal(TextKey.WonOnlyThroughOpportunity, TextKey.WonOnlyThroughOpportunityInstead);
            }

            if (to == FunnelStage.Sal || to == FunnelStage.Sql)
            {
                return new Refusal(TextKey.HandOverBeforeAccepting, TextKey.HandOverBeforeAcceptingInstead);
            }

            return new Refusal(
                Text.Of(TextKey.NoSuchStep),
                Text.Of(TextKey.MovesFromStage, FunnelWording.NameOf(from), FunnelWording.Listed(FunnelMoves.TargetsFrom(from))));
        }
    }
}
