using System.Globalization;
using CrmLeadSla.Plugins.Domain.Sla;

namespace CrmLeadSla.Plugins.Tests.Domain.Sla;

/// <summary>The calendars and local times the SLA tests speak in.</summary>
internal static class SlaCalendarScenario
{
    public static readonly TimeZoneInfo Berlin = AgreementTimeZone.Of("W. Europe Standard Time");

    public static readonly WorkingDay[] MondayToFriday =
        [WorkingDay.Monday, WorkingDay.Tuesday, WorkingDay.Wednesday, WorkingDay.Thursday, WorkingDay.Friday];

    public static readonly WorkingDay[] EveryDay = [.. MondayToFriday, WorkingDay.Saturday, WorkingDay.Sunday];

    /// <summary>Mon–Fri 08:00–17:00, the agreement every example of the issue uses.</summary>
    public static BusinessCalendar OfficeHours(TimeZoneInfo zone, params string[] holidays) =>
        Calendar(zone, MondayToFriday, 8 * 60, 17 * 60, holidays);

    public static BusinessCalendar Calendar(TimeZoneInfo zone, WorkingDay[] days, int startMinute, int endMinute, params string[] holidays) =>
        new(WorkingHours.Of(days, startMinute, endMinute), zone, holidays.Select(Date));

    /// <summary>The UTC instant of an unambiguous local wall-clock time, written "yyyy-MM-dd HH:mm".</summary>
    public static DateTime At(TimeZoneInfo zone, string local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), zone);

    /// <summary>A UTC instant written "yyyy-MM-dd HH:mm".</summary>
    public static DateTime Utc(string instant) =>
        DateTime.SpecifyKind(DateTime.ParseExact(instant, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), DateTimeKind.Utc);

    public static DateTime Date(string date) => DateTime.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static TimeSpan Hours(double hours) => TimeSpan.FromHours(hours);
}
