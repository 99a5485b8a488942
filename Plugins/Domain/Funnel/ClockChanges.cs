using System;
using System.Collections.Generic;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Sla;

namespace CrmLeadSla.Plugins.Domain.Funnel
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
        /// as Breached, <see cref="StoredClock"/>). The clocks it closes are recorded as answered for by
        /// <paramref name="closedUnder"/> (the lead's owner until the move), those it opens by <paramref name="openedFor"/>
        /// (the lead's owner after the move); neither is recorded when not given.
        /// </summary>
        public static ClockChanges Of(ClockPlan plan, IEnumerable<StoredClock> weighing, SlaAgreement agreement, DateTime now, RowOwner? closedUnder = null, RowOwner? openedFor = null)
        {
            if (plan == null)
            {
                throw new ArgumentNullException(nameof(plan));
            }

            var stored = weighing?.ToList();
            var closed = Closing(stored!, agreement, now, closedUnder, out var after, clock =>
                plan.Completes.Contains(clock.Kind) ? clock.Clock.Complete(now)
                : plan.CancelsTheRest ? clock.Clock.Cancel(now)
                : null);
            var opened = new List<OpenedClock>();
            foreach (var kind in plan.KeptAtOnce.Where(kind => !stored!.Any(row => row.Kind == kind && row.Clock.State == SlaClockState.Open)))
            {
                // Kept by the lead's owner until the move, in the moment the promise started.
                if (agreement.ClockFor(kind, now) is SlaClock kept)
                {
                    var responsible = closedUnder == null ? null : Responsibility.For(closedUnder, kind, agreement.SalesTeamId);
                    opened.Add(new OpenedClock(kind, kept.StartedOn, kept.DueOn) { MetOn = now, Responsible = responsible });
                }
            }

            foreach (var kind in plan.Opens)
            {
                if (agreement.ClockFor(kind, now) is SlaClock started)
                {
                    var responsible = openedFor == null ? null : Responsibility.For(openedFor, kind, agreement.SalesTeamId);
                    opened.Add(new OpenedClock(kind, started.StartedOn, started.DueOn) { Responsible = responsible });
                    after.Add(started);
                }
            }

            return new ClockChanges(closed, opened, SlaClock.WorstStatus(after, now, agreement.AtRiskPercent));
        }

        /// <summary>
        /// What a reassignment of the lead at <paramref name="now"/> does to its clocks: those already past due are closed
        /// as Breached, answered for by <paramref name="previousOwner"/>, so the new owner does not inherit a breach that
        /// happened before the lead was theirs; the others stay open and close later with whoever owns the lead then.
        /// </summary>
        public static ClockChanges OfReassignment(IEnumerable<StoredClock> weighing, SlaAgreement agreement, DateTime now, RowOwner previousOwner)
        {
            if (previousOwner == null)
            {
                throw new ArgumentNullException(nameof(previousOwner));
            }

            var closed = Closing(weighing, agreement, now, previousOwner, out var after, clock => clock.Clock.BreachIfOverdue(now));
            return new ClockChanges(closed, new OpenedClock[0], SlaClock.WorstStatus(after, now, agreement.AtRiskPercent));
        }

        // Closes the open clocks the change closes (a change returning the clock still open, or null, leaves it), recorded as
        // answered for by the owner given; returns them, and in after every clock as it stands afterwards.
        private static List<ClosedClock> Closing(
            IEnumerable<StoredClock> weighing, SlaAgreement agreement, DateTime now, RowOwner? owner, out List<SlaClock> after, Func<StoredClock, SlaClock?> change)
        {
            if (weighing == null || agreement == null)
            {
                throw new ArgumentNullException(weighing == null ? nameof(weighing) : nameof(agreement));
            }

            after = new List<SlaClock>();
            var closed = new List<ClosedClock>();
            foreach (var stored in weighing)
            {
                var clock = stored.Clock;
                if (clock.State == SlaClockState.Open && change(stored) is SlaClock changed && changed.State != SlaClockState.Open)
                {
                    var responsible = owner == null ? null : Responsibility.For(owner, stored.Kind, agreement.SalesTeamId);
                    closed.Add(ClosedClock.Of(stored, changed) with { Responsible = responsible });
                    clock = changed;
                }

                after.Add(clock);
            }

            return closed;
        }
    }
}
