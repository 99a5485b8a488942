using CrmLeadSla.Plugins.Domain.Sla;
using CrmLeadSla.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Plugins.Funnel
{
    /// <summary>lsla_slastatus: the worst of the lead's open SLA clocks, empty when none is open.</summary>
    public static class LeadSlaStatus
    {
        /// <summary>Puts the status into <paramref name="change"/> when it differs from what <paramref name="stored"/> shows.</summary>
        public static void Write(Entity change, SlaStatus? worst, Entity stored)
        {
            var shown = stored.GetAttributeValue<OptionSetValue>(LeadSchema.SlaStatus)?.Value;
            var wanted = (int?)worst;
            if (shown != wanted)
            {
                change[LeadSchema.SlaStatus] = wanted is int value ? new OptionSetValue(value) : null;
            }
        }
    }
}
