using System;
using System.Collections.Generic;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Sla;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>
    /// A lead waiting on the customer: sales' open clocks (accept, first contact, qualify) stand still while it waits and
    /// run on when it no longer does, their due time moved by the business time they stood still. The same clock continues;
    /// marketing's hand-over clock is not sales' to stop. Pure: the caller reads the clocks and writes the result.
    /// </summary>
    public static class CustomerWait
    {
        private static readonly SlaKind[] SalesKinds = { SlaKind.Accept, SlaKind.FirstContact, SlaKind.Qualify };

        /// <summary>Pauses the running sales clocks among <paramref name="clocks"/> at <paramref name="now"/>.</summary>
        public static IReadOnlyList<HeldClock> Pause(IEnumerable<StoredClock> clocks, DateTime now) =>
            SalesOf(clocks).Where(stored => !stored.Clock.IsPaused)
                .Select(stored => new HeldClock(stored.Id, stored.Kind, stored.Clock.Pause(now).Pauses.Last().PausedOn, stored.Clock.DueOn, stored.PausedMinutes))
                .ToList();

        /// <summary>Resumes the paused sales clocks among <paramref name="clocks"/> at <paramref name="now"/>.</summary>
        public static IReadOnlyList<HeldClock> Resume(IEnumerable<StoredClock> clocks, DateTime now) =>
            SalesOf(clocks).Where(stored => stored.Clock.IsPaused)
                .Select(stored => new HeldClock(stored.Id, stored.Kind, null, stored.Clock.Resume(now).DueOn, stored.PausedMinutesBy(now)))
                .ToList();

        /// <summary>
        /// The clocks a stage move opens at <paramref name="now"/> on a lead that begins to wait on the customer in the same save:
        /// sales' running clocks start paused in the moment they open; the others as they are.
        /// </summary>
        public static IReadOnlyList<OpenedClock> PausedAtOnce(IEnumerable<OpenedClock> opened, DateTime now) =>
            (opened ?? throw new ArgumentNullException(nameof(opened)))
                .Select(clock => clock.MetOn == null && SalesKinds.Contains(clock.Kind) ? clock with { PausedOn = now } : clock)
                .ToList();

        private static IEnumerable<StoredClock> SalesOf(IEnumerable<StoredClock> clocks) =>
            (clocks ?? throw new ArgumentNullException(nameof(clocks))).Where(stored => stored.Clock.State == SlaClockState.Open && SalesKinds.Contains(stored.Kind));
    }
}
