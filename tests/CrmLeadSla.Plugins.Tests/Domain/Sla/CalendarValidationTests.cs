using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using static CrmLeadSla.Plugins.Tests.Domain.Sla.SlaCalendarScenario;

namespace CrmLeadSla.Plugins.Tests.Domain.Sla;

public class CalendarValidationTests
{
    [Fact]
    public void Office_hours_on_weekdays_have_no_problem()
    {
        Assert.Empty(WorkingHours.ProblemsOf(MondayToFriday, 480, 1020));
    }

    [Fact]
    public void An_agreement_without_working_days_is_refused_naming_the_working_days()
    {
        var problem = Assert.Single(WorkingHours.ProblemsOf([], 480, 1020));

        Assert.Equal(AgreementFields.WorkingDays, problem.Field);
        Assert.Contains("at least one day", problem.Message.In(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Hours_ending_before_they_start_are_refused_naming_the_end()
    {
        var problem = Assert.Single(WorkingHours.ProblemsOf(MondayToFriday, 1020, 480));

        Assert.Equal(AgreementFields.WorkdayEnd, problem.Field);
        Assert.Contains("later than Workday Start (lsla_workdaystart)", problem.Message.In(Language.English, FieldColumns.ColumnOf), StringComparison.Ordinal);
    }

    [Fact]
    public void Hours_ending_when_they_start_are_refused()
    {
        var problem = Assert.Single(WorkingHours.ProblemsOf(MondayToFriday, 480, 480));

        Assert.Equal(AgreementFields.WorkdayEnd, problem.Field);
    }

    [Fact]
    public void A_missing_start_is_refused_naming_the_start()
    {
        var problem = Assert.Single(WorkingHours.ProblemsOf(MondayToFriday, null, 1020));

        Assert.Equal(AgreementFields.WorkdayStart, problem.Field);
        Assert.Contains("minutes after midnight", problem.Message.In(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_past_midnight_is_refused_with_the_allowed_range()
    {
        var problem = Assert.Single(WorkingHours.ProblemsOf(MondayToFriday, 480, 1500));

        Assert.Equal(AgreementFields.WorkdayEnd, problem.Field);
        Assert.Contains("between 0 and 1440", problem.Message.In(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Hours_until_midnight_are_accepted()
    {
        Assert.Empty(WorkingHours.ProblemsOf(MondayToFriday, 0, 1440));
    }

    [Fact]
    public void Building_refused_hours_throws_with_every_problem()
    {
        var refusal = Assert.Throws<ArgumentException>(() => WorkingHours.Of([], null, 1020));

        Assert.Contains("Working Days", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Workday Start", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_windows_time_zone_id_is_found()
    {
        var zone = AgreementTimeZone.Find("W. Europe Standard Time", out var problem);

        Assert.Null(problem);
        Assert.Equal(TimeSpan.FromHours(1), zone!.GetUtcOffset(Utc("2026-01-15 12:00")));
    }

    [Fact]
    public void An_unknown_time_zone_is_refused_naming_the_id_and_the_column()
    {
        var zone = AgreementTimeZone.Find("Atlantis Standard Time", out var problem);

        Assert.Null(zone);
        Assert.Equal(AgreementFields.TimeZone, problem!.Field);
        Assert.Contains("'Atlantis Standard Time'", problem.Message.In(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_time_zone_is_refused()
    {
        var refusal = Assert.Throws<ArgumentException>(() => AgreementTimeZone.Of(" "));

        Assert.Contains("Time Zone", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Working_days_map_to_the_days_of_the_week()
    {
        Assert.Equal(DayOfWeek.Sunday, WorkingDays.DayOf(WorkingDay.Sunday));
    }
}
