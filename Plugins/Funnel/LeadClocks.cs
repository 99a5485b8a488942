using System;
using System.Collections.Generic;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Sla;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>
    /// A lead's lsla_slainstance clocks, read once: completes, cancels and opens them as a move's
    /// <see cref="ClockPlan"/> says, and keeps lsla_slastatus on the worst of them.
    /// </summary>
    public sealed class LeadClocks
    {
        private readonly IOrganizationService service;
        private readonly Guid leadId;
        private readonly SlaAgreement agreement;
        private readonly List<SlaClock> weighing;
        private readonly List<StoredClock> open;

        private LeadClocks(IOrganizationService service, Guid leadId, SlaAgreement agreement, IReadOnlyList<StoredClock> clocks)
        {
            this.service = service;
            this.leadId = leadId;
            this.agreement = agreement;
            open = clocks.Where(stored => stored.Clock.State == SlaClockState.Open).ToList();
            weighing = clocks.Where(stored => stored.Clock.State != SlaClockState.Open).Select(stored => stored.Clock).ToList();
        }

        /// <summary>The lead's open clocks and those closed as Breached: one RetrieveMultiple.</summary>
        public static LeadClocks Of(IOrganizationService service, Guid leadId, SlaAgreement agreement) =>
            new LeadClocks(service, leadId, agreement, SlaClockRecords.WeighingOn(service, leadId, agreement));

        /// <summary>
        /// Applies the plan at <paramref name="now"/>: an Update per clock it closes, a Create per clock it opens
        /// (none when the agreement sets no such deadline). Returns the due time of each clock opened.
        /// </summary>
        public IReadOnlyDictionary<SlaKind, DateTime> Follow(ClockPlan plan, DateTime now)
        {
            foreach (var stored in open.ToList())
            {
                var closed = plan.Completes.Contains(stored.Kind) ? stored.Clock.Complete(now)
                    : plan.CancelsTheRest ? stored.Clock.Cancel(now)
                    : null;
                if (closed == null)
                {
                    continue;
                }

                service.Update(new Entity(SlaInstanceSchema.EntityName, stored.Id)
                {
                    [SlaInstanceSchema.Status] = new OptionSetValue((int)closed.State),
                    [SlaInstanceSchema.CompletedOn] = closed.CompletedOn,
                });
                open.Remove(stored);
                weighing.Add(closed);
            }

            var opened = new Dictionary<SlaKind, DateTime>();
            foreach (var kind in plan.Opens)
            {
                if (SlaClockRecords.Open(service, leadId, agreement, kind, now) is SlaClock started)
                {
                    weighing.Add(started);
                    opened[kind] = started.DueOn;
                }
            }

            return opened;
        }

        /// <summary>
        /// Puts lsla_slastatus into <paramref name="change"/> when the worst clock (open, or closed as Breached)
        /// differs from what <paramref name="stored"/> shows.
        /// </summary>
        public void WriteStatus(Entity change, Entity stored, DateTime now)
        {
            var worst = (int)SlaClock.WorstStatus(weighing.Concat(open.Select(entry => entry.Clock)), now, agreement.AtRiskPercent);
            if (stored.GetAttributeValue<OptionSetValue>(LeadSchema.SlaStatus)?.Value != worst)
            {
                change[LeadSchema.SlaStatus] = new OptionSetValue(worst);
            }
        }
    }
}
