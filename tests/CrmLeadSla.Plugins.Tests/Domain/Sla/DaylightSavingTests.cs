using CrmLeadSla.Plugins.Domain.Sla;
using static CrmLeadSla.Plugins.Tests.Domain.Sla.SlaCalendarScenario;

namespace CrmLeadSla.Plugins.Tests.Domain.Sla;

public class DaylightSavingTests
{
    // 2026: Europe springs forward on 29 March and falls back on 25 October; the US on 8 March and 1 November.
    [Theory]
    [InlineData("W. Europe Standard Time", "2026-03-27 16:00", "2026-03-30 15:00")]
    [InlineData("W. Europe Standard Time", "2026-10-23 16:00", "2026-10-26 15:00")]
    [InlineData("Pacific Standard Time", "2026-03-06 16:00", "2026-03-09 15:00")]
    [InlineData("Pacific Standard Time", "2026-10-30 16:00", "2026-11-02 15:00")]
    public void Eight_business_hours_over_a_weekend_with_a_clock_change_fall_due_at_the_same_wall_clock_time(string zoneId, string handedOver, string expectedDue)
    {
        var zone = AgreementTimeZone.Of(zoneId);

        var due = OfficeHours(zone).DueAfter(At(zone, handedOver), Hours(8));

        Assert.Equal(At(zone, expectedDue), due);
    }

    [Theory]
    [InlineData("W. Europe Standard Time", "2026-03-29")]
    [InlineData("W. Europe Standard Time", "2026-10-25")]
    [InlineData("Pacific Standard Time", "2026-03-08")]
    [InlineData("Pacific Standard Time", "2026-11-01")]
    public void A_working_day_of_eight_to_five_keeps_nine_hours_on_the_day_the_clocks_change_outside_them(string zoneId, string changeDay)
    {
        var zone = AgreementTimeZone.Of(zoneId);
        var calendar = Calendar(zone, EveryDay, 8 * 60, 17 * 60);

        var hours = calendar.BusinessTimeBetween(At(zone, changeDay + " 00:00").AddHours(-1), At(zone, changeDay + " 23:00"));

        Assert.Equal(Hours(9), hours);
    }

    [Fact]
    public void Springing_forward_inside_the_hours_shortens_the_day_by_an_hour()
    {
        var calendar = Calendar(Berlin, EveryDay, 0, 12 * 60);

        var hours = calendar.BusinessTimeBetween(At(Berlin, "2026-03-28 23:00"), At(Berlin, "2026-03-29 23:00"));

        Assert.Equal(Hours(11), hours);
    }

    [Fact]
    public void Falling_back_inside_the_hours_lengthens_the_day_by_an_hour()
    {
        var calendar = Calendar(Berlin, EveryDay, 0, 12 * 60);

        var hours = calendar.BusinessTimeBetween(At(Berlin, "2026-10-24 23:00"), At(Berlin, "2026-10-25 23:00"));

        Assert.Equal(Hours(13), hours);
    }

    [Fact]
    public void A_due_time_counts_real_hours_through_the_repeated_hour()
    {
        var calendar = Calendar(Berlin, EveryDay, 0, 12 * 60);

        // Midnight CEST is 22:00 UTC; four real hours later the wall clock shows 03:00 CET.
        var due = calendar.DueAfter(At(Berlin, "2026-10-25 00:00"), Hours(4));

        Assert.Equal(Utc("2026-10-25 02:00"), due);
    }

    [Fact]
    public void An_opening_time_the_clocks_skip_opens_when_they_jump()
    {
        var calendar = Calendar(Berlin, [WorkingDay.Sunday], 2 * 60 + 30, 10 * 60);

        var opens = calendar.NextWorkingMoment(At(Berlin, "2026-03-28 12:00"));

        // 02:00 CET jumps to 03:00 CEST at 01:00 UTC.
        Assert.Equal(Utc("2026-03-29 01:00"), opens);
    }

    [Fact]
    public void A_closing_time_the_clocks_repeat_closes_at_its_second_occurrence()
    {
        var calendar = Calendar(Berlin, [WorkingDay.Sunday], 0, 2 * 60 + 30);

        // From midnight CEST (22:00 UTC) to the second 02:30, in CET (01:30 UTC).
        var hours = calendar.BusinessTimeBetween(At(Berlin, "2026-10-24 12:00"), At(Berlin, "2026-10-25 12:00"));

        Assert.Equal(Hours(3.5), hours);
    }

    [Fact]
    public void A_deadline_in_days_across_spring_forward_keeps_the_wall_clock_time()
    {
        var due = OfficeHours(Berlin).DueAfterDays(At(Berlin, "2026-03-27 10:00"), 3);

        Assert.Equal(Utc("2026-03-30 08:00"), due);
    }

    [Fact]
    public void A_deadline_in_days_landing_in_the_skipped_hour_falls_due_when_the_clocks_jump()
    {
        var due = OfficeHours(Berlin).DueAfterDays(At(Berlin, "2026-03-28 02:30"), 1);

        Assert.Equal(Utc("2026-03-29 01:00"), due);
    }

    [Fact]
    public void Round_the_clock_the_spring_forward_day_has_twenty_three_hours()
    {
        var calendar = BusinessCalendar.RoundTheClock(Berlin);

        var hours = calendar.BusinessTimeBetween(At(Berlin, "2026-03-29 00:00"), At(Berlin, "2026-03-30 00:00"));

        Assert.Equal(Hours(23), hours);
    }
}
