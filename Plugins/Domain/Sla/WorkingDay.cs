using System;

namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>A day of the week on which the agreement's business hours apply (the agreement's working days).</summary>
    public enum WorkingDay
    {
        /// <summary>Monday.</summary>
        Monday = 271800000,
        /// <summary>Tuesday.</summary>
        Tuesday = 271800001,
        /// <summary>Wednesday.</summary>
        Wednesday = 271800002,
        /// <summary>Thursday.</summary>
        Thursday = 271800003,
        /// <summary>Friday.</summary>
        Friday = 271800004,
        /// <summary>Saturday.</summary>
        Saturday = 271800005,
        /// <summary>Sunday.</summary>
        Sunday = 271800006,
    }

    /// <summary>Translates the agreement's working days into the days of the calendar.</summary>
    public static class WorkingDays
    {
        /// <summary>The day of the week an option value stands for.</summary>
        public static DayOfWeek DayOf(WorkingDay day) => day switch
        {
            WorkingDay.Monday => DayOfWeek.Monday,
            WorkingDay.Tuesday => DayOfWeek.Tuesday,
            WorkingDay.Wednesday => DayOfWeek.Wednesday,
            WorkingDay.Thursday => DayOfWeek.Thursday,
            WorkingDay.Friday => DayOfWeek.Friday,
            WorkingDay.Saturday => DayOfWeek.Saturday,
            WorkingDay.Sunday => DayOfWeek.Sunday,
            _ => throw new ArgumentOutOfRangeException(nameof(day), day, "The agreement's working days hold a value that is not a day of the week (271800000 Monday … 271800006 Sunday)."),
        };
    }
}
