using System;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>One move of a lead between funnel stages, as the stage history records it.</summary>
    public sealed record StageChange(FunnelStage? From, FunnelStage To, DateTime ChangedOn)
    {
        /// <summary>
        /// The change between the stage before and after a save, or null when the stage did not move
        /// (an update that writes the same stage again is not a move).
        /// </summary>
        public static StageChange? Between(FunnelStage? before, FunnelStage? after, DateTime changedOn) =>
            after is FunnelStage to && before != to ? new StageChange(before, to, changedOn) : null;
    }
}
