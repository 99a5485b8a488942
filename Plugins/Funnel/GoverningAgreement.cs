using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Sla;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>Which lsla_slaagreement governs a lead: the one it names, else the active agreement marked as the default.</summary>
    public static class GoverningAgreement
    {
        /// <summary>The agreement with its calendar, reasons and sales owner or team (one RetrieveMultiple); null when the lead names none and none is the default.</summary>
        public static SlaAgreement? Of(IOrganizationService service, LeadSnapshot lead) =>
            lead.Value<EntityReference>(LeadSchema.SlaAgreementId) is EntityReference named
                ? SlaAgreementRecord.Read(service, named.Id)
                : SlaAgreementRecord.ReadDefault(service);
    }
}
