namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>Which promise of the agreement an SLA clock measures (lsla_slainstance.lsla_kind).</summary>
    public enum SlaKind
    {
        /// <summary>Marketing hands an MQL over within the agreed hours.</summary>
        Handover = 271800000,
        /// <summary>Sales accepts or rejects within the agreed business hours.</summary>
        Accept = 271800001,
        /// <summary>Sales first contacts the lead within the agreed business hours.</summary>
        FirstContact = 271800002,
        /// <summary>Sales qualifies or returns the lead within the agreed days.</summary>
        Qualify = 271800003,
    }
}
