using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>
    /// The one table of moves both teams agreed on. A move not listed here, or made by someone not listed
    /// for it, is refused.
    /// </summary>
    public static class FunnelMoves
    {
        /// <summary>Every allowed move, with who may make it.</summary>
        public static ReadOnlyCollection<AllowedMove> All { get; } = new ReadOnlyCollection<AllowedMove>(new[]
        {
            new AllowedMove(FunnelStage.Inquiry, FunnelStage.Mql, FunnelActor.System, MoveKind.HandOver,
                "the lead meets the scoring model's grade and behaviour threshold", "Let scoring hand it over, or ask marketing to hand it over"),
            new AllowedMove(FunnelStage.Inquiry, FunnelStage.Mql, FunnelActor.Marketing, MoveKind.HandOver,
                "marketing hands the lead over to sales", "Ask marketing to hand it over"),
            new AllowedMove(FunnelStage.Mql, FunnelStage.Sal, FunnelActor.Sales, MoveKind.Accept,
                "sales accepts the handed-over lead", "Ask the lead's sales owner to accept it"),
            new AllowedMove(FunnelStage.Mql, FunnelStage.Nurture, FunnelActor.Sales, MoveKind.Reject,
                "sales rejects the lead with an agreed reason that returns it to nurturing", "Ask the lead's sales owner to reject it with an agreed reason"),
            new AllowedMove(FunnelStage.Mql, FunnelStage.Disqualified, FunnelActor.Sales, MoveKind.Reject,
                "sales rejects the lead with an agreed reason that disqualifies it", "Ask the lead's sales owner to reject it with an agreed reason"),
            new AllowedMove(FunnelStage.Sal, FunnelStage.Sql, FunnelActor.Sales, MoveKind.Qualify,
                "sales qualifies the lead and an opportunity is created", "Ask the lead's sales owner to qualify it"),
            new AllowedMove(FunnelStage.Sal, FunnelStage.Nurture, FunnelActor.Sales, MoveKind.Return,
                "sales returns the accepted lead with an agreed reason", "Ask the lead's sales owner to return it with an agreed reason"),
            new AllowedMove(FunnelStage.Sql, FunnelStage.Won, FunnelActor.System, MoveKind.Win,
                "the lead's opportunity is won", "Close the lead's opportunity as won; the lead follows"),
            new AllowedMove(FunnelStage.Sql, FunnelStage.Nurture, FunnelActor.System, MoveKind.Lose,
                "the lead's opportunity is lost", "Close the lead's opportunity as lost; the lead follows"),
            new AllowedMove(FunnelStage.Nurture, FunnelStage.Inquiry, FunnelActor.System, MoveKind.Reactivate,
                "the lead's reactivation date is reached", "Wait for the reactivation date"),
            new AllowedMove(FunnelStage.Nurture, FunnelStage.Mql, FunnelActor.System, MoveKind.Requalify,
                "the lead's behaviour meets the scoring model's threshold again", "Wait for the lead's behaviour to qualify it again"),
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
                "an exclusion rule (existing customer, competitor, partner, own staff) matches the lead", "Ask an administrator to add an exclusion rule that matches the lead");
    }
}
