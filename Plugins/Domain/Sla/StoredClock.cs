using System;

namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>An lsla_slainstance row and the domain clock it stands for.</summary>
    /// <param name="Id">The row's id.</param>
    /// <param name="Kind">Which promise it measures.</param>
    /// <param name="Clock">The clock, restored from lsla_startedon and lsla_dueon (Open) or closed as the row says.</param>
    public sealed record StoredClock(Guid Id, SlaKind Kind, SlaClock Clock)
    {
        /// <summary>Who answered for a closed clock when it closed (lsla_closeresponsibleuserid); null when open or not recorded.</summary>
        public Guid? ClosedUnderUserId { get; init; }

        /// <summary>The business minutes the clock stood still in its finished pauses (lsla_pausedminutes).</summary>
        public int PausedMinutes { get; init; }
    }
}
