using System;
using System.Collections.Generic;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Funnel;

namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>
    /// What a <see cref="ClockPlan"/> does to a lead's clocks at a moment: the clocks it closes, the clocks it opens
    /// under the agreement, and the lead's SLA status afterwards. Pure: the caller reads the clocks and writes the result.
    /// </summary>
    public sealed class ClockChanges
    {
        private ClockChanges(IReadOnlyList<ClosedClock> closed, IReadOnlyList<OpenedClock> opened, SlaStatus status)
        {
            Closed = closed;
            Opened = opened;
            Status = status;
        }

        /// <summary>The clocks the plan completes (Met or Breached by the time) or cancels.</summary>
        public IReadOnlyList<ClosedClock> Closed { get; }

        /// <summary>The clocks the plan opens; none for a promise the agreement sets no deadline for.</summary>
        public IReadOnlyList<OpenedClock> Opened { get; }

        /// <summary>The worst of the clocks that still weigh afterwards (open, or closed as Breached).</summary>
        public SlaStatus Status { get; }

        /// <summary>The due time of the opened clock of a kind, or null when the plan opened none.</summary>
        public DateTime? DueOf(SlaKind kind) => Opened.FirstOrDefault(clock => clock.Kind == kind)?.DueOn;

        /// <summary>
        /// Follows the plan at <paramref name="now"/> over the lead's clocks that weigh (its open ones and those closed
        /// as Breached, <see cref="StoredClock"/>).
        /// </summary>
        public static ClockChanges Of(ClockPlan plan, IEnumerable<StoredClock> weighing, SlaAgreement agreement, DateTime now)
        {
            if (plan == null || weighing == null || agreement == null)
            {
                throw new ArgumentNullException(plan == null ? nameof(plan) : weighing == null ? nameof(weighing) : nameof(agreement));
            }

            var after = new List<SlaClock>();
            var closed = new List<ClosedClock>();
            foreach (var stored in weighing)
            {
                var clock = stored.Clock;
                var change = clock.State != SlaClockState.Open ? null
                    : plan.Completes.Contains(stored.Kind) ? clock.Complete(now)
                    : plan.CancelsTheRest ? clock.Cancel(now)
                    : null;
                if (change != null)
                {
                    closed.Add(new ClosedClock(stored.Id, change.State, change.CompletedOn ?? now));
                    clock = change;
                }

                after.Add(clock);
            }

            var opened = new List<OpenedClock>();
            foreach (var kind in plan.Opens)
            {
                if (agreement.ClockFor(kind, now) is SlaClock started)
                {
                    opened.Add(new OpenedClock(kind, started.StartedOn, started.DueOn));
                    after.Add(started);
                }
            }

            return new ClockChanges(closed, opened, SlaClock.WorstStatus(after, now, agreement.AtRiskPercent));
        }
    }
}
