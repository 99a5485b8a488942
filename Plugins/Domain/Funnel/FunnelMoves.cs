using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Languages;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>
    /// The one table of moves both teams agreed on. A move not listed here, or made by someone not listed
    /// for it, is refused.
    /// </summary>
    public static class FunnelMoves
    {
        /// <summary>
        /// The stages a hand-over to sales starts from (marketing's or the system's hand-over, and a re-qualification): a
        /// history row into MQL from one of them is a hand-over marketing's figures count; a row from and to MQL (a
        /// correction, a reassignment) is not.
        /// </summary>
        public static IReadOnlyList<FunnelStage> HandOverSources => All
            .Where(move => move.To == FunnelStage.Mql && (move.Kind == MoveKind.HandOver || move.Kind == MoveKind.Requalify))
            .Select(move => move.From).Distinct().ToList();

        /// <summary>Every allowed move, with who may make it.</summary>
        public static ReadOnlyCollection<AllowedMove> All { get; } = new ReadOnlyCollection<AllowedMove>(new[]
        {
            new AllowedMove(FunnelStage.Inquiry, FunnelStage.Mql, FunnelActor.System, MoveKind.HandOver,
                TextKey.WhenScoringHandsOver, TextKey.HowScoringHandsOver),
            new AllowedMove(FunnelStage.Inquiry, FunnelStage.Mql, FunnelActor.Marketing, MoveKind.HandOver,
                TextKey.WhenMarketingHandsOver, TextKey.HowMarketingHandsOver),
            new AllowedMove(FunnelStage.Inquiry, FunnelStage.Nurture, FunnelActor.Marketing, MoveKind.KeepNurturing,
                TextKey.WhenMarketingKeepsNurturing, TextKey.HowMarketingKeepsNurturing),
            new AllowedMove(FunnelStage.Mql, FunnelStage.Sal, FunnelActor.Sales, MoveKind.Accept,
                TextKey.WhenSalesAccepts, TextKey.HowSalesAccepts),
            new AllowedMove(FunnelStage.Mql, FunnelStage.Nurture, FunnelActor.Sales, MoveKind.Reject,
                TextKey.WhenSalesRejectsToNurture, TextKey.HowSalesRejects),
            new AllowedMove(FunnelStage.Mql, FunnelStage.Disqualified, FunnelActor.Sales, MoveKind.Reject,
                TextKey.WhenSalesRejectsToDisqualified, TextKey.HowSalesRejects),
            new AllowedMove(FunnelStage.Sal, FunnelStage.Sql, FunnelActor.Sales, MoveKind.Qualify,
                TextKey.WhenSalesQualifies, TextKey.HowSalesQualifies),
            new AllowedMove(FunnelStage.Sal, FunnelStage.Nurture, FunnelActor.Sales, MoveKind.Return,
                TextKey.WhenSalesReturns, TextKey.HowSalesReturns),
            new AllowedMove(FunnelStage.Sql, FunnelStage.Won, FunnelActor.System, MoveKind.Win,
                TextKey.WhenOpportunityWon, TextKey.HowOpportunityWon),
            new AllowedMove(FunnelStage.Sql, FunnelStage.Nurture, FunnelActor.System, MoveKind.Lose,
                TextKey.WhenOpportunityLost, TextKey.HowOpportunityLost),
            new AllowedMove(FunnelStage.Nurture, FunnelStage.Inquiry, FunnelActor.System, MoveKind.Reactivate,
                TextKey.WhenReactivationDue, TextKey.HowReactivationDue),
            new AllowedMove(FunnelStage.Nurture, FunnelStage.Mql, FunnelActor.System, MoveKind.Requalify,
                TextKey.WhenBehaviourRequalifies, TextKey.HowBehaviourRequalifies),
            ExclusionFrom(FunnelStage.Inquiry),
            ExclusionFrom(FunnelStage.Mql),
            ExclusionFrom(FunnelStage.Sal),
            ExclusionFrom(FunnelStage.Sql),
            ExclusionFrom(FunnelStage.Nurture),
            ExclusionFrom(FunnelStage.Disqualified),
        });

        /// <summary>The rows for a move between two stages, whoever makes it.</summary>
        public static IReadOnlyList<AllowedMove> Between(FunnelStage from, FunnelStage to) =>
            All.Where(move => move.From == from && move.To == to).ToList();

        /// <summary>The stages a lead can move to from a stage, in funnel order.</summary>
        public static IReadOnlyList<FunnelStage> TargetsFrom(FunnelStage from) =>
            All.Where(move => move.From == from).Select(move => move.To).Distinct().OrderBy(stage => stage).ToList();

        // Won stays out: a won deal stays won in the reports even if the customer is later excluded.
        private static AllowedMove ExclusionFrom(FunnelStage from) =>
            new AllowedMove(from, FunnelStage.Excluded, FunnelActor.System, MoveKind.Exclude,
                TextKey.WhenExclusionRuleMatches, TextKey.HowExclusionRuleMatches);
    }
}
