using System;
using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>
    /// Stamps a hand-over on the lead being saved: its agreement (the default one when it names none), the
    /// hand-over time and the accept and first-contact deadlines in the agreement's business hours.
    /// </summary>
    public static class HandOverStamps
    {
        /// <summary>
        /// Writes the stamps into <paramref name="target"/>; one or two requests for the agreement. Without any
        /// agreement a user's hand-over is refused; the system's (scoring's) leaves the lead an MQL without
        /// deadlines, so scoring keeps working in an organization that has not set up its agreements yet.
        /// </summary>
        /// <returns>Whether the lead was handed over under an agreement.</returns>
        public static bool Write(IOrganizationService service, Entity target, LeadSnapshot lead, DateTime now, bool bySystem)
        {
            var agreement = lead.Value<EntityReference>(LeadSchema.SlaAgreementId) is EntityReference named
                ? Agreement.Read(service, named.Id)
                : Agreement.Default(service);
            if (agreement == null)
            {
                return bySystem ? false : throw new InvalidPluginExecutionException(
                    "The lead cannot be handed over: it names no SLA agreement (lsla_slaagreementid) and no active agreement is marked as the default (lsla_isdefault). Choose the lead's agreement, or ask an administrator to mark one agreement as the default.");
            }

            var calendar = agreement.Calendar;
            target[LeadSchema.SlaAgreementId] = new EntityReference(Agreement.EntityName, agreement.Id);
            target[LeadSchema.HandedOverOn] = now;
            target[LeadSchema.AcceptDueOn] = DueAfter(calendar, now, agreement.AcceptHours);
            target[LeadSchema.FirstContactDueOn] = DueAfter(calendar, now, agreement.FirstContactHours);
            return true;
        }

        /// <summary>The due time of a clock of this kind started at a hand-over, as stamped on the lead.</summary>
        public static DateTime? DueOf(SlaKind kind, Entity lead) => kind switch
        {
            SlaKind.Accept => lead.GetAttributeValue<DateTime?>(LeadSchema.AcceptDueOn),
            SlaKind.FirstContact => lead.GetAttributeValue<DateTime?>(LeadSchema.FirstContactDueOn),
            _ => null,
        };

        private static DateTime? DueAfter(BusinessCalendar calendar, DateTime start, int? hours) =>
            hours is int allowed ? calendar.DueAfter(start, TimeSpan.FromHours(allowed)) : (DateTime?)null;
    }
}
