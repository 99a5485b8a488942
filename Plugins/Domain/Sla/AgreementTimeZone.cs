using System;
using CrmLeadSla.Plugins.Domain.Languages;

namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>
    /// Resolves the agreement's time zone, a Windows time zone id as Dataverse uses them
    /// (e.g. "W. Europe Standard Time"). On Linux, .NET converts Windows ids through ICU.
    /// </summary>
    public static class AgreementTimeZone
    {
        /// <summary>The zone with the id, or a problem naming the agreement's time zone field and the fix.</summary>
        public static TimeZoneInfo? Find(string? windowsId, out CalendarProblem? problem)
        {
            problem = null;
            if (string.IsNullOrWhiteSpace(windowsId))
            {
                problem = new CalendarProblem(AgreementFields.TimeZone, Text.Of(TextKey.CalendarNoTimeZone, AgreementFields.TimeZone));
                return null;
            }

            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(windowsId!.Trim());
            }
            catch (Exception e) when (e is TimeZoneNotFoundException || e is InvalidTimeZoneException)
            {
                problem = new CalendarProblem(AgreementFields.TimeZone, Text.Of(TextKey.CalendarUnknownTimeZone, windowsId, AgreementFields.TimeZone));
                return null;
            }
        }

        /// <summary>The zone with the id.</summary>
        /// <exception cref="ArgumentException">The id is empty or unknown; the message names the time zone field by its label and the fix.</exception>
        public static TimeZoneInfo Of(string? windowsId) =>
            Find(windowsId, out var problem) ?? throw new ArgumentException(problem!.Message.In(Language.English), nameof(windowsId));
    }
}
