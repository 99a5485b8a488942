using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Languages;

namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>
    /// The agreement's business week: the working days and one span of local wall-clock time per day,
    /// [start, end) in minutes after midnight. Overnight hours (end before start) are refused: an
    /// agreement describes office hours, and a day that runs past midnight would belong to two dates.
    /// </summary>
    public sealed class WorkingHours
    {
        private const int MinutesPerDay = 24 * 60;

        private readonly HashSet<DayOfWeek> days;

        private WorkingHours(IEnumerable<DayOfWeek> days, int startMinute, int endMinute)
        {
            this.days = new HashSet<DayOfWeek>(days);
            StartMinute = startMinute;
            EndMinute = endMinute;
        }

        /// <summary>Every day, all day: for deadlines in calendar time.</summary>
        public static WorkingHours RoundTheClock { get; } = new WorkingHours(
            Enum.GetValues(typeof(DayOfWeek)).Cast<DayOfWeek>(), 0, MinutesPerDay);

        /// <summary>Minutes after local midnight at which business hours begin.</summary>
        public int StartMinute { get; }

        /// <summary>Minutes after local midnight at which business hours end (1440 = midnight).</summary>
        public int EndMinute { get; }

        /// <summary>Whether the day of the week has business hours.</summary>
        public bool IsWorkingDay(DayOfWeek day) => days.Contains(day);

        /// <summary>What is wrong with the agreement's business hours, empty when they can be used.</summary>
        public static IReadOnlyList<CalendarProblem> ProblemsOf(IEnumerable<WorkingDay>? workingDays, int? startMinute, int? endMinute)
        {
            var problems = new List<CalendarProblem>();
            if (workingDays is null || !workingDays.Any())
            {
                problems.Add(new CalendarProblem(AgreementFields.WorkingDays, Text.Of(TextKey.CalendarNoWorkingDay, AgreementFields.WorkingDays)));
            }

            var startValid = CheckMinute(problems, AgreementFields.WorkdayStart, startMinute, TextKey.CalendarNoStart, 480);
            var endValid = CheckMinute(problems, AgreementFields.WorkdayEnd, endMinute, TextKey.CalendarNoEnd, 1020);
            if (startValid && endValid && endMinute <= startMinute)
            {
                problems.Add(new CalendarProblem(AgreementFields.WorkdayEnd, Text.Of(TextKey.CalendarEndsBeforeStart,
                    Clock(endMinute!.Value), Clock(startMinute!.Value), AgreementFields.WorkdayEnd, AgreementFields.WorkdayStart)));
            }

            return problems;
        }

        /// <summary>The business week of an agreement; refuses hours that <see cref="ProblemsOf"/> finds fault with.</summary>
        /// <exception cref="ArgumentException">The hours cannot be used; the message names the field by its label and the fix.</exception>
        public static WorkingHours Of(IEnumerable<WorkingDay>? workingDays, int? startMinute, int? endMinute)
        {
            var problems = ProblemsOf(workingDays, startMinute, endMinute);
            if (problems.Count > 0)
            {
                throw new ArgumentException(string.Join(" ", problems.Select(p => p.Message.In(Language.English))));
            }

            return new WorkingHours(workingDays!.Select(WorkingDays.DayOf), startMinute!.Value, endMinute!.Value);
        }

        private static bool CheckMinute(List<CalendarProblem> problems, Field field, int? minute, TextKey missing, int example)
        {
            if (minute is null)
            {
                problems.Add(new CalendarProblem(field, Text.Of(missing, field, example, Clock(example))));
                return false;
            }

            if (minute < 0 || minute > MinutesPerDay)
            {
                problems.Add(new CalendarProblem(field, Text.Of(TextKey.CalendarMinuteOutsideDay, field, minute, example, Clock(example))));
                return false;
            }

            return true;
        }

        private static string Clock(int minute) =>
            string.Format(CultureInfo.InvariantCulture, "{0:00}:{1:00}", minute / 60, minute % 60);
    }
}
