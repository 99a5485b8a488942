using CrmLeadSla.Plugins.Domain.Sla;
using static CrmLeadSla.Plugins.Tests.Domain.Sla.SlaCalendarScenario;

namespace CrmLeadSla.Plugins.Tests.Domain.Sla;

/// <summary>
/// Cross-checks the calendar against the plainest reading of its rule: a minute is business time when the
/// zone's wall clock at its start shows a working, non-holiday date and a time within the day's hours.
/// </summary>
public class MinuteByMinuteTests
{
    private const int Seed = 20261126;

    public static TheoryData<string, int, int> Agreements => new()
    {
        { "W. Europe Standard Time", 8 * 60, 17 * 60 },
        { "Pacific Standard Time", 9 * 60 + 30, 17 * 60 + 45 },
    };

    private static readonly string[] Holidays = ["2026-03-30", "2026-04-03", "2026-11-02", "2026-12-24", "2026-12-25"];

    [Theory]
    [MemberData(nameof(Agreements))]
    public void Due_times_match_counting_business_minutes_one_by_one(string zoneId, int startMinute, int endMinute)
    {
        var zone = AgreementTimeZone.Of(zoneId);
        var calendar = Calendar(zone, MondayToFriday, startMinute, endMinute, Holidays);
        var random = new Random(Seed);

        for (var i = 0; i < 12; i++)
        {
            var start = RandomStart(random);
            var businessMinutes = i == 0 ? 200 * 60 : random.Next(1, 200 * 60);

            var due = calendar.DueAfter(start, TimeSpan.FromMinutes(businessMinutes));

            Assert.Equal(CountedDue(zone, startMinute, endMinute, start, businessMinutes), due);
        }
    }

    [Theory]
    [MemberData(nameof(Agreements))]
    public void Business_time_between_a_start_and_its_due_time_is_the_time_allowed(string zoneId, int startMinute, int endMinute)
    {
        var zone = AgreementTimeZone.Of(zoneId);
        var calendar = Calendar(zone, MondayToFriday, startMinute, endMinute, Holidays);
        var random = new Random(Seed + 1);

        for (var i = 0; i < 50; i++)
        {
            var start = RandomStart(random);
            var allowed = TimeSpan.FromMinutes(random.Next(0, 250 * 60));

            var due = calendar.DueAfter(start, allowed);

            Assert.Equal(allowed, calendar.BusinessTimeBetween(start, due));
        }
    }

    [Theory]
    [MemberData(nameof(Agreements))]
    public void Working_time_matches_the_wall_clock_through_the_spring_forward_weeks(string zoneId, int startMinute, int endMinute)
    {
        var zone = AgreementTimeZone.Of(zoneId);
        var calendar = Calendar(zone, MondayToFriday, startMinute, endMinute, Holidays);
        var from = Utc("2026-03-05 00:00");

        for (var minute = from; minute < from.AddDays(28); minute = minute.AddMinutes(7))
        {
            Assert.Equal(IsBusinessMinute(zone, startMinute, endMinute, minute), calendar.IsWorkingTime(minute));
        }
    }

    private static DateTime RandomStart(Random random) =>
        Utc("2026-01-01 00:00").AddMinutes(random.Next(0, 365 * 24 * 60));

    private static DateTime CountedDue(TimeZoneInfo zone, int startMinute, int endMinute, DateTime start, int businessMinutes)
    {
        var counted = 0;
        var minute = start;
        while (true)
        {
            if (IsBusinessMinute(zone, startMinute, endMinute, minute))
            {
                counted++;
                if (counted == businessMinutes)
                {
                    return minute.AddMinutes(1);
                }
            }

            minute = minute.AddMinutes(1);
        }
    }

    private static bool IsBusinessMinute(TimeZoneInfo zone, int startMinute, int endMinute, DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(utc, zone);
        var minuteOfDay = local.Hour * 60 + local.Minute;
        return local.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday
            && !Holidays.Contains(local.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            && minuteOfDay >= startMinute && minuteOfDay < endMinute;
    }
}
