using System;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>
    /// Stamps a hand-over on the lead being saved: its agreement (the default one when it names none) and the
    /// hand-over time. The deadlines follow post-operation, from the clocks the hand-over opens.
    /// </summary>
    public static class HandOverStamps
    {
        /// <summary>
        /// Writes the stamps into <paramref name="target"/>. Without any agreement a user's hand-over is refused;
        /// the system's (scoring's) leaves the lead an MQL without deadlines, so scoring keeps working in an
        /// organization that has not set up its agreements yet.
        /// </summary>
        /// <returns>Whether the lead was handed over under an agreement.</returns>
        public static bool Write(IOrganizationService service, Entity target, LeadSnapshot lead, DateTime now, bool bySystem)
        {
            if (GoverningAgreement.Of(service, lead) is not Guid agreementId)
            {
                return bySystem ? false : throw new InvalidPluginExecutionException(
                    "The lead cannot be handed over: it names no SLA agreement (lsla_slaagreementid) and no active agreement is marked as the default (lsla_isdefault). Choose the lead's agreement, or ask an administrator to mark one agreement as the default.");
            }

            target[LeadSchema.SlaAgreementId] = new EntityReference(SlaAgreementSchema.EntityName, agreementId);
            target[LeadSchema.HandedOverOn] = now;
            return true;
        }
    }
}
