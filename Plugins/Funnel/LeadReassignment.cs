using System;
using System.Globalization;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Pipeline;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Sla;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>
    /// A lead given to another user or team while its clocks run: the clocks already past due are closed as Breached,
    /// answered for by the previous owner, so a reassignment just after a deadline cannot pin the breach on the new owner;
    /// the history gets a row "Reassigned: <i>stage</i>" naming both owners and the open clocks. The clocks not yet due
    /// stay open and close with whoever owns the lead then.
    /// </summary>
    public static class LeadReassignment
    {
        /// <summary>
        /// What the save's change of owner leaves to record (history row and clocks closed), or null when the save keeps the
        /// owner, the lead runs under no agreement or none of its clocks is open. Two requests (agreement, clocks) for a lead
        /// under an agreement; two more (the owners' names) when clocks are open.
        /// </summary>
        public static DecidedMove? Of(PluginStepContext step, LeadSnapshot lead)
        {
            var before = lead.Before<EntityReference>("ownerid");
            var after = lead.Value<EntityReference>("ownerid");
            if (!lead.Changes("ownerid") || before == null || after == null || before.Id == after.Id
                || lead.Before<EntityReference>(LeadSchema.SlaAgreementId) is not EntityReference named)
            {
                return null;
            }

            var service = step.SystemService;
            var agreement = SlaAgreementRecord.Read(service, named.Id);
            var open = SlaClockRecords.WeighingOn(service, step.Execution.PrimaryEntityId, agreement).Where(c => c.Clock.State == SlaClockState.Open).ToList();
            if (open.Count == 0)
            {
                return null;
            }

            var changes = ClockChanges.OfReassignment(open, agreement, step.OperationTime, new RowOwner(before.LogicalName, before.Id));
            var breached = changes.Closed.Select(c => c.Id).ToList();
            var clocks = string.Join(", ", open.Select(c => string.Format(CultureInfo.InvariantCulture, "{0} due {1:yyyy-MM-dd HH:mm} UTC{2}",
                SlaWording.NameOf(c.Kind), c.Clock.DueOn, breached.Contains(c.Id) ? " (breached before the reassignment)" : string.Empty)));
            step.Trace("Lead reassigned with {0} open clock(s), {1} past due.", open.Count, breached.Count);
            return new DecidedMove
            {
                Reassignment = $"Assigned from {NameOf(service, before)} to {NameOf(service, after)}. Open clocks: {clocks}.",
                AgreementId = agreement.Id,
                AgreementName = agreement.Name,
                ClosedClocks = changes.Closed,
            };
        }

        private static string NameOf(IOrganizationService service, EntityReference owner)
        {
            var column = owner.LogicalName == "team" ? "name" : "fullname";
            return service.Retrieve(owner.LogicalName, owner.Id, new ColumnSet(column)).GetAttributeValue<string>(column) ?? owner.Id.ToString("D");
        }
    }
}
