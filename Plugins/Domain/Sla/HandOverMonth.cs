using System;

namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>
    /// The calendar month in the agreement's zone that marketing's monthly commitment (qualified leads per month)
    /// is counted in, as UTC instants: from the first moment of the month up to, not including, the next.
    /// </summary>
    /// <param name="StartsOnUtc">Local midnight of the month's first day.</param>
    /// <param name="EndsOnUtc">Local midnight of the next month's first day.</param>
    public sealed record HandOverMonth(DateTime StartsOnUtc, DateTime EndsOnUtc)
    {
        /// <summary>The month a moment falls in, in the zone.</summary>
        public static HandOverMonth Of(TimeZoneInfo zone, DateTime atUtc)
        {
            if (zone == null)
            {
                throw new ArgumentNullException(nameof(zone));
            }

            var local = WallClock.LocalAt(zone, Utc.Of(atUtc, nameof(atUtc)));
            var first = new DateTime(local.Year, local.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
            return new HandOverMonth(WallClock.FirstShowing(zone, first), WallClock.FirstShowing(zone, first.AddMonths(1)));
        }

        /// <summary>How many leads marketing still owes this month: the minimum less those handed over, never below 0; 0 without a minimum.</summary>
        public static int ShortfallOf(int? minLeadsPerMonth, int handedOver) =>
            minLeadsPerMonth is int minimum && minimum > handedOver ? minimum - handedOver : 0;
    }
}
