using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>
    /// One agreement between marketing and sales as the clocks need it: its business calendar, both sides'
    /// deadlines and the rejection reasons it allows. Pure: every instant goes in and out as UTC.
    /// </summary>
    public sealed class SlaAgreement
    {
        private readonly HashSet<Guid> agreedReasons;

        /// <summary>An agreement; <paramref name="agreedReasonIds"/> empty allows every active reason.</summary>
        public SlaAgreement(Guid id, string name, BusinessCalendar calendar, AgreementTerms terms, IEnumerable<Guid>? agreedReasonIds = null)
        {
            Id = id;
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
            Terms = terms ?? throw new ArgumentNullException(nameof(terms));
            agreedReasons = new HashSet<Guid>(agreedReasonIds ?? Enumerable.Empty<Guid>());
        }

        /// <summary>The agreement's row id.</summary>
        public Guid Id { get; }

        /// <summary>The campaign it covers, as users name the agreement.</summary>
        public string Name { get; }

        /// <summary>Business hours, working days, zone and holidays.</summary>
        public BusinessCalendar Calendar { get; }

        /// <summary>Both sides' deadlines and commitments.</summary>
        public AgreementTerms Terms { get; }

        /// <summary>The marketing user who answers for the agreement's hand-overs (its marketing owner), if the agreement names one.</summary>
        public Guid? MarketingOwnerId { get; init; }

        /// <summary>The sales user who takes the agreement's handed-over leads (its sales owner), if the agreement names one.</summary>
        public Guid? SalesOwnerId { get; init; }

        /// <summary>The sales team whose members take the handed-over leads in turn (its sales team), if the agreement names one.</summary>
        public Guid? SalesTeamId { get; init; }

        /// <summary>The team member who took the most recent hand-over (its last assignee): the next one is the member after.</summary>
        public Guid? LastAssigneeId { get; init; }

        /// <summary>The share of a deadline after which a clock is at risk.</summary>
        public int AtRiskPercent => Terms.AtRiskPercent ?? SlaClock.DefaultAtRiskPercent;

        /// <summary>Whether the agreement lists its rejection reasons (otherwise every active reason is agreed).</summary>
        public bool ListsReasons => agreedReasons.Count > 0;

        /// <summary>Whether sales may use the reason under this agreement.</summary>
        public bool Agrees(Guid reasonId) => !ListsReasons || agreedReasons.Contains(reasonId);

        /// <summary>
        /// The clock of a promise started at a moment, or null when the agreement sets no such deadline.
        /// Hours count business time; the qualify deadline counts calendar days, round the clock.
        /// </summary>
        public SlaClock? ClockFor(SlaKind kind, DateTime startUtc)
        {
            if (kind == SlaKind.Qualify)
            {
                return Terms.QualifyWithinDays is int days
                    ? SlaClock.Until(CalendarOf(kind), startUtc, Calendar.DueAfterDays(startUtc, days))
                    : null;
            }

            return HoursOf(kind) is int hours ? SlaClock.Start(Calendar, startUtc, TimeSpan.FromHours(hours)) : null;
        }

        /// <summary>A stored clock (its start and due time) as the domain's clock, in the calendar its kind counts in.</summary>
        public SlaClock Restore(SlaKind kind, DateTime startedOnUtc, DateTime dueOnUtc) =>
            SlaClock.Until(CalendarOf(kind), startedOnUtc, dueOnUtc);

        /// <summary>
        /// When a lead nurtured from a moment comes back: after the reason's days, else the agreement's
        /// days until reactivation; null when neither sets days (only its behaviour brings it back).
        /// </summary>
        public DateTime? ReactivateOn(DateTime fromUtc, int? reasonRecycleAfterDays) =>
            (reasonRecycleAfterDays ?? Terms.ReactivateAfterDays) is int days ? Calendar.DueAfterDays(fromUtc, days) : (DateTime?)null;

        private BusinessCalendar CalendarOf(SlaKind kind) =>
            kind == SlaKind.Qualify ? BusinessCalendar.RoundTheClock(Calendar.Zone) : Calendar;

        private int? HoursOf(SlaKind kind) => kind switch
        {
            SlaKind.HandOver => Terms.HandOverWithinHours,
            SlaKind.Accept => Terms.AcceptWithinHours,
            SlaKind.FirstContact => Terms.FirstContactWithinHours,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The clock's kind is not one of the agreement's promises (271800000 hand-over … 271800003 qualify)."),
        };
    }
}
