using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.LocalDataverse.Tests.Query;

/// <summary>The clock stands at Thursday 26 November 2026, 10:00 UTC.</summary>
public class DateOperatorTests
{
    private readonly QueryScenario scenario = new();

    private List<string> ScoredWhere(ConditionOperator op, params object[] values) => scenario.LeadsWhere(SalesMetadata.ScoredOn, op, values);

    private void Scored(string name, int year, int month, int day, int hour = 0, int minute = 0) =>
        scenario.Lead(name, (SalesMetadata.ScoredOn, new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc)));

    [Fact]
    public void On_matches_the_whole_day()
    {
        Scored("Morning", 2026, 11, 20, 0);
        Scored("Night", 2026, 11, 20, 23, 59);
        Scored("Next day", 2026, 11, 21);

        Assert.Equal(["Morning", "Night"], ScoredWhere(ConditionOperator.On, new DateTime(2026, 11, 20, 15, 0, 0, DateTimeKind.Utc)).Order());
    }

    [Fact]
    public void On_or_after_includes_the_whole_day()
    {
        Scored("Before", 2026, 11, 19, 23);
        Scored("Same day", 2026, 11, 20, 1);

        Assert.Equal(["Same day"], ScoredWhere(ConditionOperator.OnOrAfter, new DateTime(2026, 11, 20, 12, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void On_or_before_includes_the_whole_day()
    {
        Scored("Same day", 2026, 11, 20, 23);
        Scored("After", 2026, 11, 21, 0);

        Assert.Equal(["Same day"], ScoredWhere(ConditionOperator.OnOrBefore, new DateTime(2026, 11, 20, 1, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Today_yesterday_and_tomorrow_are_calendar_days()
    {
        Scored("Yesterday", 2026, 11, 25, 23);
        Scored("Today", 2026, 11, 26, 0);
        Scored("Tomorrow", 2026, 11, 27, 12);

        Assert.Equal(["Today"], ScoredWhere(ConditionOperator.Today));
        Assert.Equal(["Yesterday"], ScoredWhere(ConditionOperator.Yesterday));
        Assert.Equal(["Tomorrow"], ScoredWhere(ConditionOperator.Tomorrow));
    }

    [Fact]
    public void Last_seven_days_runs_from_the_start_of_the_day_a_week_ago_to_now()
    {
        Scored("Eight days ago", 2026, 11, 18, 23);
        Scored("Seven days ago", 2026, 11, 19, 0);
        Scored("Later today", 2026, 11, 26, 11);

        Assert.Equal(["Seven days ago"], ScoredWhere(ConditionOperator.Last7Days));
    }

    [Fact]
    public void Next_seven_days_runs_from_now_to_the_end_of_the_day_a_week_ahead()
    {
        Scored("Earlier today", 2026, 11, 26, 9);
        Scored("In seven days", 2026, 12, 3, 23);
        Scored("In eight days", 2026, 12, 4, 0);

        Assert.Equal(["In seven days"], ScoredWhere(ConditionOperator.Next7Days));
    }

    [Fact]
    public void Last_x_hours_counts_back_from_now()
    {
        Scored("Three hours ago", 2026, 11, 26, 7);
        Scored("One hour ago", 2026, 11, 26, 9);

        Assert.Equal(["One hour ago"], ScoredWhere(ConditionOperator.LastXHours, 2));
    }

    [Fact]
    public void Last_x_days_counts_whole_days_back()
    {
        Scored("Three days ago", 2026, 11, 23, 0);
        Scored("Four days ago", 2026, 11, 22, 23);

        Assert.Equal(["Three days ago"], ScoredWhere(ConditionOperator.LastXDays, 3));
    }

    [Fact]
    public void Next_x_days_counts_whole_days_ahead()
    {
        Scored("In two days", 2026, 11, 28, 23);
        Scored("In three days", 2026, 11, 29, 0);

        Assert.Equal(["In two days"], ScoredWhere(ConditionOperator.NextXDays, 2));
    }

    [Fact]
    public void Last_x_weeks_and_months_and_years_count_back_from_today()
    {
        Scored("Five weeks ago", 2026, 10, 22);
        Scored("Two months ago", 2026, 9, 27);
        Scored("Two years ago", 2024, 12, 1);

        Assert.Equal(["Five weeks ago"], ScoredWhere(ConditionOperator.LastXWeeks, 6));
        Assert.Equal(["Five weeks ago", "Two months ago"], ScoredWhere(ConditionOperator.LastXMonths, 2).Order());
        Assert.Equal(3, ScoredWhere(ConditionOperator.LastXYears, 2).Count);
    }

    [Fact]
    public void Next_x_hours_weeks_months_and_years_count_ahead_from_now()
    {
        Scored("In an hour", 2026, 11, 26, 11);
        Scored("In three weeks", 2026, 12, 17);
        Scored("In five months", 2027, 4, 20);

        Assert.Equal(["In an hour"], ScoredWhere(ConditionOperator.NextXHours, 2));
        Assert.Equal(["In an hour", "In three weeks"], ScoredWhere(ConditionOperator.NextXWeeks, 3).Order());
        Assert.Equal(2, ScoredWhere(ConditionOperator.NextXMonths, 4).Count);
        Assert.Equal(3, ScoredWhere(ConditionOperator.NextXYears, 1).Count);
    }

    [Fact]
    public void Older_than_x_minutes_and_hours_count_back_from_now()
    {
        Scored("Twenty minutes ago", 2026, 11, 26, 9, 40);
        Scored("Three hours ago", 2026, 11, 26, 7);

        Assert.Equal(["Three hours ago"], ScoredWhere(ConditionOperator.OlderThanXMinutes, 30));
        Assert.Equal(["Three hours ago"], ScoredWhere(ConditionOperator.OlderThanXHours, 2));
    }

    [Fact]
    public void Older_than_x_days_weeks_months_and_years_count_back_from_today()
    {
        Scored("Two days ago", 2026, 11, 24, 12);
        Scored("Three weeks ago", 2026, 11, 5);
        Scored("Two years ago", 2024, 11, 1);

        Assert.Equal(["Three weeks ago", "Two years ago"], ScoredWhere(ConditionOperator.OlderThanXDays, 2).Order());
        Assert.Equal(["Three weeks ago", "Two years ago"], ScoredWhere(ConditionOperator.OlderThanXWeeks, 2).Order());
        Assert.Equal(["Two years ago"], ScoredWhere(ConditionOperator.OlderThanXMonths, 1));
        Assert.Equal(["Two years ago"], ScoredWhere(ConditionOperator.OlderThanXYears, 1));
    }

    [Fact]
    public void Weeks_start_on_Sunday()
    {
        Scored("Saturday before", 2026, 11, 21, 23);
        Scored("Sunday", 2026, 11, 22);
        Scored("Next Sunday", 2026, 11, 29);

        Assert.Equal(["Sunday"], ScoredWhere(ConditionOperator.ThisWeek));
        Assert.Equal(["Saturday before"], ScoredWhere(ConditionOperator.LastWeek));
        Assert.Equal(["Next Sunday"], ScoredWhere(ConditionOperator.NextWeek));
    }

    [Fact]
    public void This_last_and_next_month_are_calendar_months()
    {
        Scored("October", 2026, 10, 31, 23);
        Scored("November", 2026, 11, 1);
        Scored("December", 2026, 12, 1);

        Assert.Equal(["November"], ScoredWhere(ConditionOperator.ThisMonth));
        Assert.Equal(["October"], ScoredWhere(ConditionOperator.LastMonth));
        Assert.Equal(["December"], ScoredWhere(ConditionOperator.NextMonth));
    }

    [Fact]
    public void This_last_and_next_year_are_calendar_years()
    {
        Scored("2025", 2025, 12, 31, 23);
        Scored("2026", 2026, 1, 1);
        Scored("2027", 2027, 6, 1);

        Assert.Equal(["2026"], ScoredWhere(ConditionOperator.ThisYear));
        Assert.Equal(["2025"], ScoredWhere(ConditionOperator.LastYear));
        Assert.Equal(["2027"], ScoredWhere(ConditionOperator.NextYear));
    }

    [Fact]
    public void A_date_operator_on_a_column_that_is_not_a_date_is_refused() =>
        Assert.Throws<System.ServiceModel.FaultException<Microsoft.Xrm.Sdk.OrganizationServiceFault>>(
            () => scenario.LeadsWhere("subject", ConditionOperator.Today));
}
