namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>The agreement columns (lsla_slaagreement) the calendar is built from, named in its messages.</summary>
    public static class CalendarFields
    {
        /// <summary>Windows time zone id of the business hours.</summary>
        public const string TimeZone = "lsla_timezone";
        /// <summary>Start of the business day, minutes after local midnight.</summary>
        public const string WorkdayStart = "lsla_workdaystart";
        /// <summary>End of the business day, minutes after local midnight.</summary>
        public const string WorkdayEnd = "lsla_workdayend";
        /// <summary>The days of the week with business hours.</summary>
        public const string WorkingDays = "lsla_workingdays";
        /// <summary>Share of a deadline after which a clock is at risk.</summary>
        public const string AtRiskPercent = "lsla_atriskpercent";
    }
}
