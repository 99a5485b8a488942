using System;
using System.Collections.Generic;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Sla
{
    /// <summary>
    /// A lead's SLA clocks as lsla_slainstance rows: opened with the agreement's deadline, closed as Met or
    /// Breached by the time the promise was kept, cancelled when it no longer applies, and summed up in the
    /// lead's lsla_slastatus. Each call reads the lead's clocks with one query and writes only what changed.
    /// </summary>
    public static class SlaClockRecords
    {
        private static readonly ColumnSet ClockColumns = new ColumnSet(
            SlaClockSchema.Kind, SlaClockSchema.StartedOn, SlaClockSchema.DueOn, SlaClockSchema.Status, SlaClockSchema.CompletedOn,
            SlaClockSchema.CloseResponsibleUserId, SlaClockSchema.PausedOn, SlaClockSchema.PausedMinutes);

        /// <summary>
        /// Opens the agreement's clock of a kind for a lead from a moment and returns it (its DueOn is the
        /// deadline to stamp on the lead), or null when the agreement sets no such deadline.
        /// </summary>
        public static SlaClock? Open(IOrganizationService service, Guid leadId, SlaAgreement agreement, SlaKind kind, DateTime startUtc)
        {
            if (service == null || agreement == null)
            {
                throw new ArgumentNullException(service == null ? nameof(service) : nameof(agreement));
            }

            var clock = agreement.ClockFor(kind, startUtc);
            if (clock != null)
            {
                WriteOpened(service, leadId, agreement.Id, agreement.Name, new[] { new OpenedClock(kind, clock.StartedOn, clock.DueOn) });
            }

            return clock;
        }

        /// <summary>Writes clocks closed before (<see cref="ClockChanges"/>): an Update each, which also ends a pause the close ended.</summary>
        public static void WriteClosed(IOrganizationService service, IEnumerable<ClosedClock> closed)
        {
            if (service == null || closed == null)
            {
                throw new ArgumentNullException(service == null ? nameof(service) : nameof(closed));
            }

            foreach (var clock in closed)
            {
                var row = new Entity(SlaClockSchema.EntityName, clock.Id)
                {
                    [SlaClockSchema.Status] = new OptionSetValue((int)clock.State),
                    [SlaClockSchema.CompletedOn] = clock.CompletedOn,
                };
                if (clock.EndsPause)
                {
                    // A clock closed while paused shows no pause in progress, and its paused minutes count the last pause too.
                    row[SlaClockSchema.PausedOn] = null;
                    row[SlaClockSchema.PausedMinutes] = clock.PausedMinutes;
                }

                Record(row, clock.Responsible, SlaClockSchema.CloseResponsibleUserId, SlaClockSchema.CloseResponsibleTeamId);
                service.Update(row);
            }
        }

        /// <summary>Writes clocks paused or resumed before (<see cref="CustomerWait"/>): an Update each, the same clock continuing.</summary>
        public static void WriteHeld(IOrganizationService service, IEnumerable<HeldClock> held)
        {
            if (service == null || held == null)
            {
                throw new ArgumentNullException(service == null ? nameof(service) : nameof(held));
            }

            foreach (var clock in held)
            {
                service.Update(new Entity(SlaClockSchema.EntityName, clock.Id)
                {
                    [SlaClockSchema.PausedOn] = clock.PausedOn,
                    [SlaClockSchema.DueOn] = clock.DueOn,
                    [SlaClockSchema.PausedMinutes] = clock.PausedMinutes,
                });
            }
        }

        /// <summary>
        /// Writes clocks opened before (<see cref="ClockChanges"/>) for a lead — running, paused at once when the lead begins to
        /// wait on the customer in the same save, or closed Met at once when kept in the moment they started: a Create each,
        /// named after its promise and the agreement, owned by <paramref name="owner"/> (the lead's owner) when given, else by the caller.
        /// </summary>
        public static void WriteOpened(IOrganizationService service, Guid leadId, Guid agreementId, string agreementName, IEnumerable<OpenedClock> opened, RowOwner? owner = null)
        {
            if (service == null || opened == null)
            {
                throw new ArgumentNullException(service == null ? nameof(service) : nameof(opened));
            }

            foreach (var clock in opened)
            {
                var row = new Entity(SlaClockSchema.EntityName)
                {
                    [SlaClockSchema.Name] = SlaWording.NameOf(clock.Kind).In(Language.English) + " – " + agreementName,
                    [SlaClockSchema.LeadId] = new EntityReference(LeadSchema.EntityName, leadId),
                    [SlaClockSchema.Kind] = new OptionSetValue((int)clock.Kind),
                    [SlaClockSchema.StartedOn] = clock.StartedOn,
                    [SlaClockSchema.DueOn] = clock.DueOn,
                    [SlaClockSchema.Status] = new OptionSetValue((int)(clock.MetOn == null ? SlaClockState.Open : SlaClockState.Met)),
                    [SlaClockSchema.CompletedOn] = clock.MetOn,
                    [SlaClockSchema.SlaAgreementId] = new EntityReference(SlaAgreementSchema.EntityName, agreementId),
                };
                if (clock.PausedOn != null)
                {
                    row[SlaClockSchema.PausedOn] = clock.PausedOn;
                }

                if (owner != null)
                {
                    row["ownerid"] = new EntityReference(owner.Table, owner.Id);
                }

                Record(row, clock.Responsible, SlaClockSchema.OpenResponsibleUserId, SlaClockSchema.OpenResponsibleTeamId);
                service.Create(row);
            }
        }

        /// <summary>The lead's open clocks and those closed as Breached, oldest deadline first.</summary>
        public static IReadOnlyList<StoredClock> WeighingOn(IOrganizationService service, Guid leadId, SlaAgreement agreement)
        {
            if (service == null || agreement == null)
            {
                throw new ArgumentNullException(service == null ? nameof(service) : nameof(agreement));
            }

            var query = new QueryExpression(SlaClockSchema.EntityName) { ColumnSet = ClockColumns };
            query.Criteria.AddCondition(SlaClockSchema.LeadId, ConditionOperator.Equal, leadId);
            query.Criteria.AddCondition(SlaClockSchema.Status, ConditionOperator.In, (int)SlaClockState.Open, (int)SlaClockState.Breached);
            query.AddOrder(SlaClockSchema.DueOn, OrderType.Ascending);
            return service.RetrieveMultiple(query).Entities.Select(row => Restore(row, agreement)).ToList();
        }

        /// <summary>Closes the lead's open clocks of a kind because the promise was kept at a moment: Met on time, Breached late.</summary>
        /// <returns>The clocks closed.</returns>
        public static IReadOnlyList<StoredClock> Complete(IOrganizationService service, Guid leadId, SlaAgreement agreement, SlaKind kind, DateTime atUtc) =>
            Close(service, OpenOf(service, leadId, agreement).Where(c => c.Kind == kind), clock => clock.Complete(atUtc));

        /// <summary>Cancels the lead's open clocks of the kinds (every open clock when none are given): the promises no longer apply.</summary>
        /// <returns>The clocks cancelled.</returns>
        public static IReadOnlyList<StoredClock> Cancel(IOrganizationService service, Guid leadId, SlaAgreement agreement, DateTime atUtc, params SlaKind[] kinds) =>
            Close(service, OpenOf(service, leadId, agreement).Where(c => kinds.Length == 0 || kinds.Contains(c.Kind)), clock => clock.Cancel(atUtc));

        /// <summary>
        /// Closes the lead's open clocks that are past due at a moment as Breached, answered for by <paramref name="owner"/>
        /// (the lead's owner: nobody else has owned it since the deadline, a reassignment closes the clocks past due first).
        /// </summary>
        /// <returns>The clocks closed as Breached.</returns>
        public static IReadOnlyList<StoredClock> BreachOverdue(IOrganizationService service, Guid leadId, SlaAgreement agreement, DateTime atUtc, RowOwner? owner = null) =>
            Close(service, OpenOf(service, leadId, agreement), clock => clock.BreachIfOverdue(atUtc),
                owner == null ? null : kind => Responsibility.For(owner, kind, agreement.SalesTeamId));

        /// <summary>
        /// The lead's SLA status at a moment (the worst of its open clocks and of those closed as Breached),
        /// written to lsla_slastatus when it differs from <paramref name="current"/>.
        /// </summary>
        public static SlaStatus UpdateLeadStatus(IOrganizationService service, Guid leadId, SlaAgreement agreement, DateTime atUtc, SlaStatus? current)
        {
            var status = SlaClock.WorstStatus(WeighingOn(service, leadId, agreement).Select(c => c.Clock), atUtc, agreement.AtRiskPercent);
            if (status != current)
            {
                service.Update(new Entity(LeadSchema.EntityName, leadId) { [LeadSchema.SlaStatus] = new OptionSetValue((int)status) });
            }

            return status;
        }

        private static IEnumerable<StoredClock> OpenOf(IOrganizationService service, Guid leadId, SlaAgreement agreement) =>
            WeighingOn(service, leadId, agreement).Where(c => c.Clock.State == SlaClockState.Open);

        private static IReadOnlyList<StoredClock> Close(IOrganizationService service, IEnumerable<StoredClock> clocks, Func<SlaClock, SlaClock> change, Func<SlaKind, Responsibility>? responsible = null)
        {
            var written = new List<ClosedClock>();
            var closed = new List<StoredClock>();
            foreach (var stored in clocks.ToList())
            {
                var changed = change(stored.Clock);
                if (changed.State != SlaClockState.Open)
                {
                    var row = ClosedClock.Of(stored, changed) with { Responsible = responsible?.Invoke(stored.Kind) };
                    written.Add(row);
                    closed.Add(stored with { Clock = changed, PausedMinutes = row.PausedMinutes });
                }
            }

            WriteClosed(service, written);
            return closed;
        }

        // Who answered for the promise, in the clock's pair of columns; nothing when unknown.
        private static void Record(Entity row, Responsibility? responsible, string userColumn, string teamColumn)
        {
            if (responsible == null)
            {
                return;
            }

            row[userColumn] = responsible.UserId is Guid user ? new EntityReference("systemuser", user) : null;
            row[teamColumn] = responsible.TeamId is Guid team ? new EntityReference("team", team) : null;
        }

        private static StoredClock Restore(Entity row, SlaAgreement agreement)
        {
            var kind = (SlaKind)row.GetAttributeValue<OptionSetValue>(SlaClockSchema.Kind).Value;
            var due = DataverseTime.AsUtc(row.GetAttributeValue<DateTime>(SlaClockSchema.DueOn));

            // A row without a start (written by hand) is judged from its due time: it cannot be at risk before it.
            var started = row.GetAttributeValue<DateTime?>(SlaClockSchema.StartedOn) is DateTime start ? DataverseTime.AsUtc(start) : due;
            var clock = agreement.Restore(kind, started, due);
            var status = row.GetAttributeValue<OptionSetValue>(SlaClockSchema.Status)?.Value;
            if (status == (int)SlaClockState.Open && row.GetAttributeValue<DateTime?>(SlaClockSchema.PausedOn) is DateTime pausedOn)
            {
                // A paused clock is judged at the moment it was paused until it runs again.
                var paused = DataverseTime.AsUtc(pausedOn);
                clock = clock.Pause(paused < started ? started : paused);
            }

            if (status == (int)SlaClockState.Breached)
            {
                // Completing after the due time closes it as Breached, as the row says.
                var completed = row.GetAttributeValue<DateTime?>(SlaClockSchema.CompletedOn) is DateTime on ? DataverseTime.AsUtc(on) : due;
                clock = clock.Complete(completed > due ? completed : due.AddTicks(1));
            }

            return new StoredClock(row.Id, kind, clock)
            {
                ClosedUnderUserId = row.GetAttributeValue<EntityReference>(SlaClockSchema.CloseResponsibleUserId)?.Id,
                PausedMinutes = row.GetAttributeValue<int?>(SlaClockSchema.PausedMinutes) ?? 0,
            };
        }
    }
}
