using System;
using System.Linq;

namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>
    /// Finds the UTC instants at which a zone's wall clock shows a local time, where daylight saving makes
    /// that time occur twice (clocks fall back) or never (clocks spring forward).
    /// </summary>
    internal static class WallClock
    {
        /// <summary>The local time (wall clock) at a UTC instant.</summary>
        public static DateTime LocalAt(TimeZoneInfo zone, DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, zone);

        /// <summary>
        /// The first instant the wall clock shows <paramref name="local"/>: the earlier one of a repeated
        /// time; for a skipped time, the instant the clocks jump past it.
        /// </summary>
        public static DateTime FirstShowing(TimeZoneInfo zone, DateTime local) =>
            Showing(zone, local, ambiguous => ambiguous.Max());

        /// <summary>
        /// The last instant the wall clock reaches <paramref name="local"/>: the later one of a repeated
        /// time; for a skipped time, the instant the clocks jump past it.
        /// </summary>
        public static DateTime LastShowing(TimeZoneInfo zone, DateTime local) =>
            Showing(zone, local, ambiguous => ambiguous.Min());

        private static DateTime Showing(TimeZoneInfo zone, DateTime local, Func<TimeSpan[], TimeSpan> pickOffset)
        {
            local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
            if (zone.IsAmbiguousTime(local))
            {
                // The larger offset (daylight time) is the earlier instant.
                return DateTime.SpecifyKind(local - pickOffset(zone.GetAmbiguousTimeOffsets(local)), DateTimeKind.Utc);
            }

            // A skipped time: the first valid local minute after it is the moment the clocks jumped.
            var valid = local;
            while (zone.IsInvalidTime(valid))
            {
                valid = valid.AddTicks(TimeSpan.TicksPerMinute - (valid.Ticks % TimeSpan.TicksPerMinute));
            }

            return TimeZoneInfo.ConvertTimeToUtc(valid, zone);
        }
    }
}
