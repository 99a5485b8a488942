using System;
using System.Globalization;
using System.Linq;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Pipeline;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Sla;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>
    /// The rep's "Waiting on the customer" (lsla_waitingoncustomer): set, it pauses the lead's open sales clocks; cleared,
    /// it resumes them with their due times (and the lead's copies) moved by the business time they stood still. Only the
    /// lead's owner or an administrator may change it: it stops the owner's clocks.
    /// </summary>
    public static class WaitingOnCustomer
    {
        /// <summary>
        /// What the save's change of the column leaves to record (history row and clocks held), or null when the save does
        /// not change it, the lead runs under no agreement or no sales clock changes. Stamps the moved due times into Target.
        /// Two requests (agreement, clocks) for a lead under an agreement; one more (roles) when someone else than the owner saves.
        /// </summary>
        /// <exception cref="UserMessageException">A Lead SLA sales or marketing user who does not own the lead changes it.</exception>
        public static DecidedMove? Of(PluginStepContext step, LeadSnapshot lead)
        {
            if (step == null || lead == null)
            {
                throw new ArgumentNullException(step == null ? nameof(step) : nameof(lead));
            }

            var waits = lead.Value<bool?>(LeadSchema.WaitingOnCustomer) == true;
            if (!lead.Changes(LeadSchema.WaitingOnCustomer) || (lead.Before<bool?>(LeadSchema.WaitingOnCustomer) == true) == waits)
            {
                return null;
            }

            if (!StepActor.SavesForAnother(step) && lead.Before<EntityReference>("ownerid")?.Id != step.Execution.InitiatingUserId
                && LeadSlaRoles.HeldBy(step.SystemService, step.Execution.InitiatingUserId).Count > 0)
            {
                throw new UserMessageException(Text.Of(TextKey.CustomerWaitRefused, LeadFields.WaitingOnCustomer));
            }

            if (lead.Before<EntityReference>(LeadSchema.SlaAgreementId) is not EntityReference named)
            {
                return null;
            }

            var service = step.SystemService;
            var agreement = SlaAgreementRecord.Read(service, named.Id);
            var clocks = SlaClockRecords.WeighingOn(service, step.Execution.PrimaryEntityId, agreement);
            var held = waits ? CustomerWait.Pause(clocks, step.OperationTime) : CustomerWait.Resume(clocks, step.OperationTime);
            if (held.Count == 0)
            {
                return null;
            }

            var target = step.Target;
            foreach (var clock in held.Where(clock => !waits))
            {
                // The lead shows the deadlines of the clocks it runs on.
                LeadDeadlines.Show(target, clock.Kind, clock.DueOn);
            }

            step.Trace("Funnel: the lead {0} on the customer; {1} sales clock(s) {2}.", waits ? "waits" : "no longer waits", held.Count, waits ? "paused" : "resumed");
            var note = string.Join(", ", held.Select(clock => string.Format(CultureInfo.InvariantCulture, "{0} due {1:yyyy-MM-dd HH:mm} UTC, paused {2} business minutes in all",
                SlaWording.NameOf(clock.Kind), clock.DueOn, clock.PausedMinutes)));
            return new DecidedMove
            {
                Wait = new CustomerWaitNote(waits, note),
                AgreementId = agreement.Id,
                AgreementName = agreement.Name,
                HeldClocks = held,
            };
        }
    }
}
