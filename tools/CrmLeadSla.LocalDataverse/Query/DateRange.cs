using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Query;

/// <summary>
/// The span of time a date operator stands for, from <see cref="From"/> (inclusive) to <see cref="To"/>
/// (exclusive); either end may be open. All times are UTC: the local Dataverse has no user time zone.
/// </summary>
internal sealed record DateRange(DateTime? From, DateTime? To)
{
    /// <summary>True when the moment falls in the span.</summary>
    public bool Contains(DateTime moment) => (From is null || moment >= From) && (To is null || moment < To);

    /// <summary>The span of a date operator that takes no value or a count X, relative to now.</summary>
    /// <returns>Null when the operator is not a relative date operator.</returns>
    public static DateRange? Relative(ConditionOperator op, DateTime now, int x)
    {
        var today = now.Date;
        // Weeks start on Sunday, the organization default.
        var weekStart = today.AddDays(-(int)today.DayOfWeek);
        var monthStart = new DateTime(today.Year, today.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        var yearStart = new DateTime(today.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var justAfterNow = now.AddTicks(1);
        return op switch
        {
            ConditionOperator.Today => Days(today, 1),
            ConditionOperator.Yesterday => Days(today.AddDays(-1), 1),
            ConditionOperator.Tomorrow => Days(today.AddDays(1), 1),
            ConditionOperator.ThisWeek => Days(weekStart, 7),
            ConditionOperator.LastWeek => Days(weekStart.AddDays(-7), 7),
            ConditionOperator.NextWeek => Days(weekStart.AddDays(7), 7),
            ConditionOperator.ThisMonth => new DateRange(monthStart, monthStart.AddMonths(1)),
            ConditionOperator.LastMonth => new DateRange(monthStart.AddMonths(-1), monthStart),
            ConditionOperator.NextMonth => new DateRange(monthStart.AddMonths(1), monthStart.AddMonths(2)),
            ConditionOperator.ThisYear => new DateRange(yearStart, yearStart.AddYears(1)),
            ConditionOperator.LastYear => new DateRange(yearStart.AddYears(-1), yearStart),
            ConditionOperator.NextYear => new DateRange(yearStart.AddYears(1), yearStart.AddYears(2)),
            // Last/next X: from the start of the day X units back up to now; from now to the end of the day X units ahead.
            ConditionOperator.Last7Days => new DateRange(today.AddDays(-7), justAfterNow),
            ConditionOperator.Next7Days => new DateRange(now, today.AddDays(8)),
            ConditionOperator.LastXHours => new DateRange(now.AddHours(-x), justAfterNow),
            ConditionOperator.NextXHours => new DateRange(now, now.AddHours(x).AddTicks(1)),
            ConditionOperator.LastXDays => new DateRange(today.AddDays(-x), justAfterNow),
            ConditionOperator.NextXDays => new DateRange(now, today.AddDays(x + 1)),
            ConditionOperator.LastXWeeks => new DateRange(today.AddDays(-7 * x), justAfterNow),
            ConditionOperator.NextXWeeks => new DateRange(now, today.AddDays((7 * x) + 1)),
            ConditionOperator.LastXMonths => new DateRange(today.AddMonths(-x), justAfterNow),
            ConditionOperator.NextXMonths => new DateRange(now, today.AddMonths(x).AddDays(1)),
            ConditionOperator.LastXYears => new DateRange(today.AddYears(-x), justAfterNow),
            ConditionOperator.NextXYears => new DateRange(now, today.AddYears(x).AddDays(1)),
            // Older than X: minutes and hours count from now, longer units from the start of today.
            ConditionOperator.OlderThanXMinutes => new DateRange(null, now.AddMinutes(-x)),
            ConditionOperator.OlderThanXHours => new DateRange(null, now.AddHours(-x)),
            ConditionOperator.OlderThanXDays => new DateRange(null, today.AddDays(-x)),
            ConditionOperator.OlderThanXWeeks => new DateRange(null, today.AddDays(-7 * x)),
            ConditionOperator.OlderThanXMonths => new DateRange(null, today.AddMonths(-x)),
            ConditionOperator.OlderThanXYears => new DateRange(null, today.AddYears(-x)),
            _ => null,
        };
    }

    /// <summary>True for the relative operators that take the count X as their one value.</summary>
    public static bool TakesCount(ConditionOperator op) => op is
        ConditionOperator.LastXHours or ConditionOperator.NextXHours or
        ConditionOperator.LastXDays or ConditionOperator.NextXDays or
        ConditionOperator.LastXWeeks or ConditionOperator.NextXWeeks or
        ConditionOperator.LastXMonths or ConditionOperator.NextXMonths or
        ConditionOperator.LastXYears or ConditionOperator.NextXYears or
        ConditionOperator.OlderThanXMinutes or ConditionOperator.OlderThanXHours or
        ConditionOperator.OlderThanXDays or ConditionOperator.OlderThanXWeeks or
        ConditionOperator.OlderThanXMonths or ConditionOperator.OlderThanXYears;

    /// <summary>The whole UTC day of the moment.</summary>
    public static DateRange DayOf(DateTime moment) => Days(moment.Date, 1);

    private static DateRange Days(DateTime start, int days) => new(start, start.AddDays(days));
}
