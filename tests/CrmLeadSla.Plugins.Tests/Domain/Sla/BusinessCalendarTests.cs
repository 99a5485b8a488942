using CrmLeadSla.Plugins.Domain.Sla;
using static CrmLeadSla.Plugins.Tests.Domain.Sla.SlaCalendarScenario;

namespace CrmLeadSla.Plugins.Tests.Domain.Sla;

public class BusinessCalendarTests
{
    private readonly BusinessCalendar office = OfficeHours(Berlin);

    [Fact]
    public void Eight_business_hours_from_friday_afternoon_fall_due_on_monday_afternoon()
    {
        var due = office.DueAfter(At(Berlin, "2026-11-20 16:00"), Hours(8));

        Assert.Equal(At(Berlin, "2026-11-23 15:00"), due);
    }

    [Fact]
    public void A_deadline_running_out_at_closing_time_is_due_at_closing_not_at_the_next_opening()
    {
        var due = office.DueAfter(At(Berlin, "2026-11-20 16:00"), Hours(1));

        Assert.Equal(At(Berlin, "2026-11-20 17:00"), due);
    }

    [Fact]
    public void A_start_before_opening_counts_from_the_opening()
    {
        var due = office.DueAfter(At(Berlin, "2026-11-23 06:00"), Hours(2));

        Assert.Equal(At(Berlin, "2026-11-23 10:00"), due);
    }

    [Fact]
    public void A_start_after_closing_counts_from_the_next_morning()
    {
        var due = office.DueAfter(At(Berlin, "2026-11-24 18:00"), TimeSpan.FromMinutes(30));

        Assert.Equal(At(Berlin, "2026-11-25 08:30"), due);
    }

    [Fact]
    public void A_start_on_the_weekend_counts_from_monday_opening()
    {
        var due = office.DueAfter(At(Berlin, "2026-11-21 12:00"), Hours(1));

        Assert.Equal(At(Berlin, "2026-11-23 09:00"), due);
    }

    [Fact]
    public void Zero_business_time_inside_hours_is_due_at_once()
    {
        var start = At(Berlin, "2026-11-24 11:15");

        Assert.Equal(start, office.DueAfter(start, TimeSpan.Zero));
    }

    [Fact]
    public void Zero_business_time_outside_hours_is_due_at_the_next_opening()
    {
        var due = office.DueAfter(At(Berlin, "2026-11-20 19:00"), TimeSpan.Zero);

        Assert.Equal(At(Berlin, "2026-11-23 08:00"), due);
    }

    [Fact]
    public void A_holiday_has_no_business_hours()
    {
        var calendar = OfficeHours(Berlin, "2026-11-23");

        var due = calendar.DueAfter(At(Berlin, "2026-11-20 16:00"), Hours(8));

        Assert.Equal(At(Berlin, "2026-11-24 15:00"), due);
    }

    [Fact]
    public void A_holiday_given_with_a_time_of_day_still_covers_the_whole_date()
    {
        var calendar = new BusinessCalendar(WorkingHours.Of(MondayToFriday, 480, 1020), Berlin, [Date("2026-11-23").AddHours(13)]);

        Assert.False(calendar.IsWorkingTime(At(Berlin, "2026-11-23 09:00")));
    }

    [Fact]
    public void Two_hundred_business_hours_span_four_weeks_and_a_half()
    {
        // 22 days of 9 hours (Mon 2 Nov … Tue 1 Dec) plus 2 hours on Wednesday.
        var due = office.DueAfter(At(Berlin, "2026-11-02 08:00"), Hours(200));

        Assert.Equal(At(Berlin, "2026-12-02 10:00"), due);
    }

    [Fact]
    public void Business_time_from_friday_afternoon_to_monday_afternoon_is_eight_hours()
    {
        var between = office.BusinessTimeBetween(At(Berlin, "2026-11-20 16:00"), At(Berlin, "2026-11-23 15:00"));

        Assert.Equal(Hours(8), between);
    }

    [Fact]
    public void Business_time_is_zero_when_the_end_is_not_after_the_start()
    {
        var between = office.BusinessTimeBetween(At(Berlin, "2026-11-23 15:00"), At(Berlin, "2026-11-23 10:00"));

        Assert.Equal(TimeSpan.Zero, between);
    }

    [Theory]
    [InlineData("2026-11-23 08:00", true)]
    [InlineData("2026-11-23 16:59", true)]
    [InlineData("2026-11-23 17:00", false)]
    [InlineData("2026-11-23 07:59", false)]
    [InlineData("2026-11-22 12:00", false)]
    public void Working_time_is_from_opening_up_to_but_not_including_closing_on_working_days(string local, bool working)
    {
        Assert.Equal(working, office.IsWorkingTime(At(Berlin, local)));
    }

    [Fact]
    public void The_next_working_moment_from_saturday_is_monday_opening()
    {
        var next = office.NextWorkingMoment(At(Berlin, "2026-11-21 10:00"));

        Assert.Equal(At(Berlin, "2026-11-23 08:00"), next);
    }

    [Fact]
    public void Results_are_utc_instants()
    {
        var due = office.DueAfter(At(Berlin, "2026-11-20 16:00"), Hours(8));

        Assert.Equal(DateTimeKind.Utc, due.Kind);
    }

    [Fact]
    public void A_local_time_is_refused()
    {
        var local = new DateTime(2026, 11, 20, 16, 0, 0, DateTimeKind.Local);

        var refusal = Assert.Throws<ArgumentException>(() => office.DueAfter(local, Hours(8)));

        Assert.Contains("UTC", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_business_time_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => office.DueAfter(At(Berlin, "2026-11-20 16:00"), Hours(-1)));
    }

    [Fact]
    public void A_deadline_in_days_counts_weekends_and_keeps_the_time_of_day()
    {
        var due = office.DueAfterDays(At(Berlin, "2026-11-20 16:00"), 3);

        Assert.Equal(At(Berlin, "2026-11-23 16:00"), due);
    }

    [Fact]
    public void A_deadline_in_days_counts_holidays_too()
    {
        var due = OfficeHours(Berlin, "2026-11-23").DueAfterDays(At(Berlin, "2026-11-20 16:00"), 3);

        Assert.Equal(At(Berlin, "2026-11-23 16:00"), due);
    }

    [Fact]
    public void Round_the_clock_counts_every_hour_of_a_weekend()
    {
        var calendar = BusinessCalendar.RoundTheClock(Berlin);

        var between = calendar.BusinessTimeBetween(At(Berlin, "2026-11-21 00:00"), At(Berlin, "2026-11-23 00:00"));

        Assert.Equal(Hours(48), between);
    }
}
