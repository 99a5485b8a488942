using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>
    /// A lead's open lsla_slainstance clocks: completes, cancels and opens them as a move's <see cref="ClockPlan"/>
    /// says, and tells the worst status of those left open (lsla_slastatus).
    /// </summary>
    public sealed class LeadClocks
    {
        /// <summary>Table logical name.</summary>
        public const string EntityName = "lsla_slainstance";

        private const string Name = "lsla_name";
        private const string LeadId = "lsla_leadid";
        private const string Kind = "lsla_kind";
        private const string StartedOn = "lsla_startedon";
        private const string DueOn = "lsla_dueon";
        private const string Status = "lsla_status";
        private const string CompletedOn = "lsla_completedon";
        private const string AgreementId = "lsla_slaagreementid";

        private readonly IOrganizationService service;
        private readonly Guid leadId;
        private readonly Agreement agreement;
        private readonly BusinessCalendar calendar;
        private readonly List<OpenClock> open;

        private LeadClocks(IOrganizationService service, Guid leadId, Agreement agreement, List<OpenClock> open)
        {
            this.service = service;
            this.leadId = leadId;
            this.agreement = agreement;
            calendar = agreement.Calendar;
            this.open = open;
        }

        /// <summary>The lead's open clocks under its agreement: one RetrieveMultiple.</summary>
        public static LeadClocks Open(IOrganizationService service, Guid leadId, Agreement agreement)
        {
            var query = new QueryExpression(EntityName) { ColumnSet = new ColumnSet(Kind, StartedOn, DueOn) };
            query.Criteria.AddCondition(LeadId, ConditionOperator.Equal, leadId);
            query.Criteria.AddCondition(Status, ConditionOperator.Equal, (int)SlaClockState.Open);
            var calendar = agreement.Calendar;
            var clocks = service.RetrieveMultiple(query).Entities.Select(row =>
            {
                var due = row.GetAttributeValue<DateTime>(DueOn);
                var started = row.GetAttributeValue<DateTime?>(StartedOn) ?? due;
                return new OpenClock(row.Id, (SlaKind)row.GetAttributeValue<OptionSetValue>(Kind).Value, SlaClock.Until(calendar, started, due));
            }).ToList();
            return new LeadClocks(service, leadId, agreement, clocks);
        }

        /// <summary>
        /// Applies the plan at <paramref name="now"/>: an Update per clock it closes, a Create per clock it opens
        /// (a clock without a due time in <paramref name="dueOf"/> is not opened).
        /// </summary>
        public void Follow(ClockPlan plan, DateTime now, Func<SlaKind, DateTime?> dueOf)
        {
            foreach (var entry in open.ToList())
            {
                var closed = plan.Completes.Contains(entry.Kind) ? entry.Clock.Complete(now)
                    : plan.CancelsTheRest ? entry.Clock.Cancel(now)
                    : null;
                if (closed == null)
                {
                    continue;
                }

                service.Update(new Entity(EntityName, entry.RowId)
                {
                    [Status] = new OptionSetValue((int)closed.State),
                    [CompletedOn] = closed.CompletedOn,
                });
                open.Remove(entry);
            }

            foreach (var kind in plan.Opens)
            {
                if (dueOf(kind) is DateTime due)
                {
                    Start(kind, now, due);
                }
            }
        }

        /// <summary>The worst status of the clocks left open; null when none is.</summary>
        public SlaStatus? WorstAt(DateTime now) =>
            open.Count == 0 ? (SlaStatus?)null : SlaClock.WorstStatus(open.Select(entry => entry.Clock), now, agreement.AtRiskPercent);

        private void Start(SlaKind kind, DateTime now, DateTime due)
        {
            var id = service.Create(new Entity(EntityName)
            {
                [Name] = string.Format(CultureInfo.InvariantCulture, "{0} by {1:u}", kind, due),
                [LeadId] = new EntityReference(LeadSchema.EntityName, leadId),
                [Kind] = new OptionSetValue((int)kind),
                [StartedOn] = now,
                [DueOn] = due,
                [Status] = new OptionSetValue((int)SlaClockState.Open),
                [AgreementId] = new EntityReference(Agreement.EntityName, agreement.Id),
            });
            open.Add(new OpenClock(id, kind, SlaClock.Until(calendar, now, due)));
        }

        private sealed class OpenClock
        {
            public OpenClock(Guid rowId, SlaKind kind, SlaClock clock)
            {
                RowId = rowId;
                Kind = kind;
                Clock = clock;
            }

            public Guid RowId { get; }

            public SlaKind Kind { get; }

            public SlaClock Clock { get; }
        }
    }
}
