using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>
    /// An agreement's business time: its working hours on working days in its time zone, without its
    /// holidays. Every instant in and out is UTC; the wall clock of the zone decides what counts.
    /// Each working day's hours run from the first instant the wall clock shows the start time to the
    /// last instant it shows the end time, so a daylight-saving change inside the hours shortens
    /// (spring forward) or lengthens (fall back) that day by the hour the clocks moved.
    /// </summary>
    public sealed class BusinessCalendar
    {
        private readonly WorkingHours hours;
        private readonly HashSet<DateTime> holidays;

        /// <summary>A calendar of working hours in a zone, without the given local dates.</summary>
        /// <param name="hours">The business week.</param>
        /// <param name="zone">The zone the hours are in; the caller resolves the agreement's id (see <see cref="AgreementTimeZone"/>).</param>
        /// <param name="holidays">Local dates without business hours; the time of day is ignored.</param>
        public BusinessCalendar(WorkingHours hours, TimeZoneInfo zone, IEnumerable<DateTime>? holidays = null)
        {
            this.hours = hours ?? throw new ArgumentNullException(nameof(hours));
            Zone = zone ?? throw new ArgumentNullException(nameof(zone));
            this.holidays = new HashSet<DateTime>((holidays ?? Enumerable.Empty<DateTime>()).Select(d => DateTime.SpecifyKind(d.Date, DateTimeKind.Unspecified)));
        }

        /// <summary>Every hour of every day in the zone: for deadlines in calendar time.</summary>
        public static BusinessCalendar RoundTheClock(TimeZoneInfo zone) => new BusinessCalendar(WorkingHours.RoundTheClock, zone);

        /// <summary>The zone of the business hours.</summary>
        public TimeZoneInfo Zone { get; }

        /// <summary>
        /// When <paramref name="businessTime"/> of business time has passed after <paramref name="startUtc"/>.
        /// A start outside business hours counts from the next opening; a deadline that runs out exactly at
        /// closing time is due at closing, not at the next opening. Zero business time is due at the next
        /// working moment.
        /// </summary>
        public DateTime DueAfter(DateTime startUtc, TimeSpan businessTime)
        {
            var start = Utc.Of(startUtc, nameof(startUtc));
            if (businessTime < TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(businessTime), businessTime, "A deadline cannot allow negative business time.");
            }

            var remaining = businessTime;
            foreach (var window in WindowsFrom(start))
            {
                var from = start > window.Opens ? start : window.Opens;
                var available = window.Closes - from;
                if (remaining <= available)
                {
                    return from + remaining;
                }

                remaining -= available;
            }

            throw new InvalidOperationException("unreachable: business windows never end");
        }

        /// <summary>The business time between two instants; zero when <paramref name="toUtc"/> is not after <paramref name="fromUtc"/>.</summary>
        public TimeSpan BusinessTimeBetween(DateTime fromUtc, DateTime toUtc)
        {
            var from = Utc.Of(fromUtc, nameof(fromUtc));
            var to = Utc.Of(toUtc, nameof(toUtc));
            var total = TimeSpan.Zero;
            if (to <= from)
            {
                return total;
            }

            foreach (var window in WindowsFrom(from))
            {
                if (window.Opens >= to)
                {
                    break;
                }

                total += window.Overlap(from, to);
            }

            return total;
        }

        /// <summary>Whether the instant lies within business hours.</summary>
        public bool IsWorkingTime(DateTime utc) => NextWorkingMoment(utc) == Utc.Of(utc, nameof(utc));

        /// <summary>The instant itself when it lies within business hours, otherwise the next opening.</summary>
        public DateTime NextWorkingMoment(DateTime utc) => DueAfter(utc, TimeSpan.Zero);

        /// <summary>
        /// The same wall-clock time <paramref name="days"/> calendar days after <paramref name="startUtc"/>
        /// in the zone (deadlines such as "qualify within N days"): weekends and holidays count, and a
        /// daylight-saving change in between does not shift the hour. A time the clocks skip on the due
        /// day becomes the moment they jump; a repeated time its first occurrence.
        /// </summary>
        public DateTime DueAfterDays(DateTime startUtc, int days)
        {
            var start = Utc.Of(startUtc, nameof(startUtc));
            if (days < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(days), days, "A deadline cannot allow a negative number of days.");
            }

            return WallClock.FirstShowing(Zone, WallClock.LocalAt(Zone, start).AddDays(days));
        }

        /// <summary>The business hours of each working day whose hours end after the instant, in order.</summary>
        private IEnumerable<BusinessWindow> WindowsFrom(DateTime utc)
        {
            // From the day before: a window is a local day's, and its closing can lie after the instant's local midnight.
            var previousClose = DateTime.MinValue;
            for (var day = WallClock.LocalAt(Zone, utc).Date.AddDays(-1); ; day = day.AddDays(1))
            {
                if (!hours.IsWorkingDay(day.DayOfWeek) || holidays.Contains(day))
                {
                    continue;
                }

                var opens = WallClock.FirstShowing(Zone, day.AddMinutes(hours.StartMinute));
                var closes = WallClock.LastShowing(Zone, day.AddMinutes(hours.EndMinute));

                // A repeated midnight would let one day's hours overlap the next day's: count it once.
                opens = opens > previousClose ? opens : previousClose;
                previousClose = closes;
                if (closes > utc && closes > opens)
                {
                    yield return new BusinessWindow(opens, closes);
                }
            }
        }
    }
}
