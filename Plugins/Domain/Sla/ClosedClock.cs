using System;

namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>A clock a move closes: its row, how it closed and when.</summary>
    /// <param name="Id">The stored clock.</param>
    /// <param name="State">Met, Breached or Cancelled.</param>
    /// <param name="CompletedOn">When it closed (UTC).</param>
    public sealed record ClosedClock(Guid Id, SlaClockState State, DateTime CompletedOn)
    {
        /// <summary>Who answered for the promise when it closed; for a breach, when the deadline passed. Null when unknown.</summary>
        public Responsibility? Responsible { get; init; }

        /// <summary>Whether the clock was paused when it closed: the pause ends with it, so the row no longer shows one in progress.</summary>
        public bool EndsPause { get; init; }

        /// <summary>The business minutes it stood still in all its pauses, one it ends by closing included.</summary>
        public int PausedMinutes { get; init; }

        /// <summary>
        /// How <paramref name="stored"/> closed as <paramref name="closed"/>: a clock paused until then ends its pause at the
        /// close, and the business time from the pause to the close counts as paused, as a resume would count it.
        /// </summary>
        /// <exception cref="ArgumentException"><paramref name="closed"/> is still open.</exception>
        public static ClosedClock Of(StoredClock stored, SlaClock closed)
        {
            if (stored == null || closed == null)
            {
                throw new ArgumentNullException(stored == null ? nameof(stored) : nameof(closed));
            }

            if (closed.CompletedOn is not DateTime completedOn)
            {
                throw new ArgumentException("The SLA clock is still open; only a closed clock is written as closed.", nameof(closed));
            }

            return new ClosedClock(stored.Id, closed.State, completedOn)
            {
                EndsPause = stored.Clock.IsPaused,
                PausedMinutes = stored.PausedMinutesBy(completedOn),
            };
        }
    }
}
