using System.Activities;
using System.Collections.Generic;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Sla;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;
using Status = CrmLeadSla.Plugins.Domain.Sla.SlaStatus;

namespace CrmLeadSla.Workflows
{
    /// <summary>
    /// For a lead: closes every open clock that is past due as Breached and sets lsla_slastatus (At risk past the
    /// agreement's share of the allowed time, Breached past due). For an agreement: marketing's side this month —
    /// hand-overs in the stage history against lsla_minleadspermonth, and hand-overs later than promised.
    /// </summary>
    public sealed class CheckSlaCompliance : SlaActivity
    {
        /// <summary>The lead whose clocks to check; leave empty to check only an agreement.</summary>
        [Input("Lead")]
        [ReferenceTarget(LeadSchema.EntityName)]
        public InArgument<EntityReference> Lead { get; set; } = new InArgument<EntityReference>();

        /// <summary>The agreement whose marketing commitments to check; leave empty to check only a lead.</summary>
        [Input("SLA agreement")]
        [ReferenceTarget(SlaAgreementSchema.EntityName)]
        public InArgument<EntityReference> Agreement { get; set; } = new InArgument<EntityReference>();

        /// <summary>Lead: clocks closed as Breached by this check.</summary>
        [Output("Clocks breached now")]
        public OutArgument<int> BreachedCount { get; set; } = new OutArgument<int>();

        /// <summary>Lead: clocks still open after the check.</summary>
        [Output("Clocks open")]
        public OutArgument<int> OpenCount { get; set; } = new OutArgument<int>();

        /// <summary>Lead: the lead's SLA status after the check.</summary>
        [Output("SLA status")]
        [AttributeTarget(LeadSchema.EntityName, LeadSchema.SlaStatus)]
        public OutArgument<OptionSetValue> SlaStatus { get; set; } = new OutArgument<OptionSetValue>();

        /// <summary>Agreement: leads handed over this month (in the agreement's time zone).</summary>
        [Output("Leads handed over this month")]
        public OutArgument<int> HandedOverThisMonth { get; set; } = new OutArgument<int>();

        /// <summary>Agreement: leads marketing still owes this month to reach its minimum.</summary>
        [Output("Leads short of the monthly minimum")]
        public OutArgument<int> LeadsShort { get; set; } = new OutArgument<int>();

        /// <summary>Agreement: hand-overs this month later than marketing promised.</summary>
        [Output("Late hand-overs this month")]
        public OutArgument<int> LateHandOvers { get; set; } = new OutArgument<int>();

        /// <inheritdoc />
        protected override void Run(ActivityStep step)
        {
            var lead = Lead.Get(step.Context);
            var agreement = Agreement.Get(step.Context);
            if (lead == null && agreement == null)
            {
                throw new UserMessageException(Text.Of(TextKey.ComplianceCheckWithoutSubject));
            }

            if (lead != null)
            {
                CheckLead(step, lead.Id);
            }

            if (agreement != null)
            {
                CheckMarketing(step, SlaAgreementRecord.Read(step.SystemService, agreement.Id));
            }
        }

        private void CheckLead(ActivityStep step, System.Guid leadId)
        {
            var service = step.SystemService;
            var lead = GovernedLead.ReadMeasured(service, leadId, LeadSchema.SlaStatus, "ownerid");
            var owner = lead.Row.GetAttributeValue<EntityReference>("ownerid");
            var breached = SlaClockRecords.BreachOverdue(service, leadId, lead.Agreement, step.Now, owner == null ? null : new RowOwner(owner.LogicalName, owner.Id));
            var current = lead.Row.GetAttributeValue<OptionSetValue>(LeadSchema.SlaStatus) is OptionSetValue value ? (Status)value.Value : (Status?)null;
            var status = SlaClockRecords.UpdateLeadStatus(service, leadId, lead.Agreement, step.Now, current);
            var open = SlaClockRecords.WeighingOn(service, leadId, lead.Agreement).Count(c => c.Clock.State == SlaClockState.Open);
            step.Trace("Lead {0}: {1} clock(s) breached now, {2} open, status {3}.", leadId, breached.Count, open, status);
            BreachedCount.Set(step.Context, breached.Count);
            OpenCount.Set(step.Context, open);
            SlaStatus.Set(step.Context, new OptionSetValue((int)status));
        }

        private void CheckMarketing(ActivityStep step, SlaAgreement agreement)
        {
            var month = HandOverMonth.Of(agreement.Calendar.Zone, step.Now);
            // The hand-overs in the stage history the solution writes, never the lead's columns: a stamped lsla_handedoveron
            // or agreement changes nothing here.
            var handedOver = MonthlyCount.Of(step.SystemService, StageTransitionSchema.EntityName, StageTransitionSchema.SlaAgreementId, agreement.Id, StageTransitionSchema.ChangedOn, month,
                Among(StageTransitionSchema.ToStage, FunnelStage.Mql), Among(StageTransitionSchema.FromStage, FunnelMoves.HandOverSources.ToArray()));
            var late = MonthlyCount.Of(step.SystemService, SlaClockSchema.EntityName, SlaClockSchema.SlaAgreementId, agreement.Id, SlaClockSchema.CompletedOn, month,
                new KeyValuePair<string, int[]>(SlaClockSchema.Kind, new[] { (int)SlaKind.HandOver }),
                new KeyValuePair<string, int[]>(SlaClockSchema.Status, new[] { (int)SlaClockState.Breached }));
            var shortfall = HandOverMonth.ShortfallOf(agreement.Terms.MinLeadsPerMonth, handedOver);
            step.Trace("Agreement '{0}': {1} handed over this month, {2} short of the minimum, {3} late.", agreement.Name, handedOver, shortfall, late);
            HandedOverThisMonth.Set(step.Context, handedOver);
            LeadsShort.Set(step.Context, shortfall);
            LateHandOvers.Set(step.Context, late);
        }

        private static KeyValuePair<string, int[]> Among(string column, params FunnelStage[] stages) =>
            new KeyValuePair<string, int[]>(column, stages.Select(stage => (int)stage).ToArray());
    }
}
