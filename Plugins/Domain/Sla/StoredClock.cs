using System;

namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>A stored clock and the domain clock it stands for.</summary>
    /// <param name="Id">The row's id.</param>
    /// <param name="Kind">Which promise it measures.</param>
    /// <param name="Clock">The clock, restored from its stored start and due time (Open) or closed as the row says.</param>
    public sealed record StoredClock(Guid Id, SlaKind Kind, SlaClock Clock)
    {
        /// <summary>Who answered for a closed clock when it closed; null when open or not recorded.</summary>
        public Guid? ClosedUnderUserId { get; init; }

        /// <summary>The business minutes the clock stood still in its finished pauses.</summary>
        public int PausedMinutes { get; init; }

        /// <summary>
        /// The business minutes the clock has stood still by a moment on its calendar: its finished pauses and, while it is
        /// paused, the open pause up to that moment.
        /// </summary>
        public int PausedMinutesBy(DateTime atUtc)
        {
            if (!Clock.IsPaused)
            {
                return PausedMinutes;
            }

            var stoodStill = Clock.Calendar.BusinessTimeBetween(Clock.Pauses[Clock.Pauses.Count - 1].PausedOn, Utc.Of(atUtc, nameof(atUtc)));
            return PausedMinutes + (int)Math.Round(stoodStill.TotalMinutes);
        }
    }
}
