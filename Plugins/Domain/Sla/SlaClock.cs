using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>
    /// One promise's clock: started at a moment, due after an allowed amount of
    /// business time under the agreement's calendar, paused and resumed with the paused business time
    /// excluded, closed as Met, Breached or Cancelled. Immutable: every change returns a new clock.
    /// </summary>
    public sealed class SlaClock
    {
        /// <summary>The at-risk share when the agreement leaves its at-risk share empty.</summary>
        public const int DefaultAtRiskPercent = 75;

        private SlaClock(BusinessCalendar calendar, DateTime startedOn, TimeSpan allowed, DateTime dueOn,
            IReadOnlyList<ClockPause> pauses, SlaClockState state, DateTime? completedOn)
        {
            Calendar = calendar;
            StartedOn = startedOn;
            Allowed = allowed;
            DueOn = dueOn;
            Pauses = pauses;
            State = state;
            CompletedOn = completedOn;
        }

        /// <summary>The calendar the clock counts business time in.</summary>
        public BusinessCalendar Calendar { get; }

        /// <summary>When the clock started (UTC).</summary>
        public DateTime StartedOn { get; }

        /// <summary>The business time the promise allows.</summary>
        public TimeSpan Allowed { get; }

        /// <summary>When the clock falls due (UTC); moves later on every resume by the paused business time.</summary>
        public DateTime DueOn { get; }

        /// <summary>The pauses in order; the last is open while the clock is paused.</summary>
        public IReadOnlyList<ClockPause> Pauses { get; }

        /// <summary>Open, Met, Breached or Cancelled.</summary>
        public SlaClockState State { get; }

        /// <summary>When the clock was closed (UTC), null while open.</summary>
        public DateTime? CompletedOn { get; }

        /// <summary>Whether the clock stands still now.</summary>
        public bool IsPaused => State == SlaClockState.Open && Pauses.Count > 0 && Pauses[Pauses.Count - 1].ResumedOn is null;

        /// <summary>A clock that allows <paramref name="businessTime"/> of business time from <paramref name="startedOnUtc"/>.</summary>
        public static SlaClock Start(BusinessCalendar calendar, DateTime startedOnUtc, TimeSpan businessTime)
        {
            if (calendar is null)
            {
                throw new ArgumentNullException(nameof(calendar));
            }

            var started = Utc.Of(startedOnUtc, nameof(startedOnUtc));
            return new SlaClock(calendar, started, businessTime, calendar.DueAfter(started, businessTime),
                Array.Empty<ClockPause>(), SlaClockState.Open, null);
        }

        /// <summary>
        /// A clock from <paramref name="startedOnUtc"/> to a due time already fixed (a stored due time, or
        /// <see cref="BusinessCalendar.DueAfterDays"/>); the allowed time is the business time in between.
        /// </summary>
        public static SlaClock Until(BusinessCalendar calendar, DateTime startedOnUtc, DateTime dueOnUtc)
        {
            if (calendar is null)
            {
                throw new ArgumentNullException(nameof(calendar));
            }

            var started = Utc.Of(startedOnUtc, nameof(startedOnUtc));
            var due = Utc.Of(dueOnUtc, nameof(dueOnUtc));
            return new SlaClock(calendar, started, calendar.BusinessTimeBetween(started, due), due,
                Array.Empty<ClockPause>(), SlaClockState.Open, null);
        }

        /// <summary>Stops the clock at a moment (e.g. the lead waits on the customer).</summary>
        public SlaClock Pause(DateTime atUtc)
        {
            var at = NextEvent(atUtc, nameof(atUtc));
            if (IsPaused)
            {
                throw new InvalidOperationException("The SLA clock is already paused; resume it first.");
            }

            return new SlaClock(Calendar, StartedOn, Allowed, DueOn, Pauses.Concat(new[] { new ClockPause(at, null) }).ToArray(), State, null);
        }

        /// <summary>Starts a paused clock again; the due time moves later by the business time it stood still.</summary>
        public SlaClock Resume(DateTime atUtc)
        {
            var at = NextEvent(atUtc, nameof(atUtc));
            if (!IsPaused)
            {
                throw new InvalidOperationException("The SLA clock is not paused, so it cannot be resumed.");
            }

            var pause = Pauses[Pauses.Count - 1];

            // A clock paused after it fell due stays breached: the pause cannot give back time already lost.
            var due = pause.PausedOn > DueOn ? DueOn : Calendar.DueAfter(at, Calendar.BusinessTimeBetween(pause.PausedOn, DueOn));
            var pauses = Pauses.Take(Pauses.Count - 1).Concat(new[] { pause with { ResumedOn = at } }).ToArray();
            return new SlaClock(Calendar, StartedOn, Allowed, due, pauses, State, null);
        }

        /// <summary>
        /// Closes the clock because the promise was kept at a moment: Met when on time, Breached when late.
        /// A paused clock is judged at the moment it was paused.
        /// </summary>
        public SlaClock Complete(DateTime atUtc)
        {
            var at = NextEvent(atUtc, nameof(atUtc));
            var judgedAt = IsPaused ? Pauses[Pauses.Count - 1].PausedOn : at;
            return Closed(judgedAt <= DueOn ? SlaClockState.Met : SlaClockState.Breached, at);
        }

        /// <summary>Closes the clock as Breached when it is past due at the moment; otherwise returns it unchanged.</summary>
        public SlaClock BreachIfOverdue(DateTime atUtc)
        {
            var at = NextEvent(atUtc, nameof(atUtc));
            return StatusAt(at) == SlaStatus.Breached ? Closed(SlaClockState.Breached, at) : this;
        }

        /// <summary>
        /// Closes the clock because the promise no longer applies: Cancelled, or Breached when it is already past due
        /// (a paused one only if it was paused past due) — a promise broken before it stopped applying stays broken.
        /// </summary>
        public SlaClock Cancel(DateTime atUtc)
        {
            var at = NextEvent(atUtc, nameof(atUtc));
            return Closed(StatusAt(at) == SlaStatus.Breached ? SlaClockState.Breached : SlaClockState.Cancelled, at);
        }

        /// <summary>The business time the clock has run by a moment, without its pauses.</summary>
        public TimeSpan ElapsedAt(DateTime atUtc)
        {
            var at = Utc.Of(atUtc, nameof(atUtc));
            var end = CompletedOn is DateTime closed && closed < at ? closed : at;
            var paused = Pauses.Aggregate(TimeSpan.Zero, (sum, p) =>
                sum + Calendar.BusinessTimeBetween(p.PausedOn, p.ResumedOn is DateTime resumed && resumed < end ? resumed : end));
            return Calendar.BusinessTimeBetween(StartedOn, end) - paused;
        }

        /// <summary>
        /// How the clock stands at a moment. An open clock is Breached once past due (a paused one only if it
        /// was paused past due), At risk once <paramref name="atRiskPercent"/> of the allowed business time
        /// has run, otherwise On track. A clock closed as Breached stays Breached; Met and Cancelled are On track.
        /// </summary>
        public SlaStatus StatusAt(DateTime atUtc, int? atRiskPercent = null)
        {
            var at = Utc.Of(atUtc, nameof(atUtc));
            var percent = AtRiskPercentOf(atRiskPercent);
            switch (State)
            {
                case SlaClockState.Breached:
                    return SlaStatus.Breached;
                case SlaClockState.Met:
                case SlaClockState.Cancelled:
                    return SlaStatus.OnTrack;
            }

            var judgedAt = IsPaused && Pauses[Pauses.Count - 1].PausedOn < at ? Pauses[Pauses.Count - 1].PausedOn : at;
            if (judgedAt > DueOn)
            {
                return SlaStatus.Breached;
            }

            return ElapsedAt(at).Ticks * 100 >= Allowed.Ticks * percent ? SlaStatus.AtRisk : SlaStatus.OnTrack;
        }

        /// <summary>The worst status of the clocks that still weigh (open ones and those closed as Breached); On track when none.</summary>
        public static SlaStatus WorstStatus(IEnumerable<SlaClock> clocks, DateTime atUtc, int? atRiskPercent = null)
        {
            if (clocks is null)
            {
                throw new ArgumentNullException(nameof(clocks));
            }

            return clocks
                .Where(c => c.State == SlaClockState.Open || c.State == SlaClockState.Breached)
                .Select(c => c.StatusAt(atUtc, atRiskPercent))
                .DefaultIfEmpty(SlaStatus.OnTrack)
                .Max();
        }

        private static int AtRiskPercentOf(int? atRiskPercent)
        {
            var percent = atRiskPercent ?? DefaultAtRiskPercent;
            if (percent < 0 || percent > 100)
            {
                throw new ArgumentOutOfRangeException(nameof(atRiskPercent), percent, string.Format(CultureInfo.InvariantCulture,
                    "The agreement's at-risk share is {0} %; it is a share of the allowed time. Set it between 0 and 100, or leave it empty for {1} %.", percent, DefaultAtRiskPercent));
            }

            return percent;
        }

        private SlaClock Closed(SlaClockState state, DateTime at)
        {
            var pauses = IsPaused
                ? Pauses.Take(Pauses.Count - 1).Concat(new[] { Pauses[Pauses.Count - 1] with { ResumedOn = at } }).ToArray()
                : Pauses;
            return new SlaClock(Calendar, StartedOn, Allowed, DueOn, pauses, state, at);
        }

        /// <summary>The moment of a change to an open clock, which cannot lie before its last change.</summary>
        private DateTime NextEvent(DateTime atUtc, string parameter)
        {
            var at = Utc.Of(atUtc, parameter);
            if (State != SlaClockState.Open)
            {
                throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture,
                    "The SLA clock is already closed as {0}; a closed clock cannot change.", State));
            }

            var last = Pauses.Count == 0 ? StartedOn : Pauses[Pauses.Count - 1].ResumedOn ?? Pauses[Pauses.Count - 1].PausedOn;
            if (at < last)
            {
                throw new ArgumentOutOfRangeException(parameter, at, "An SLA clock changes forward in time only: the moment lies before the clock's start or last pause or resume.");
            }

            return at;
        }
    }
}
