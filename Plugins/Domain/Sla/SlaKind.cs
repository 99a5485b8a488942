namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>
    /// Which promise of the agreement an SLA clock measures (the clock's kind). The option values
    /// are the data contract; the first option's label stays "Handover" there, while code and docs say hand-over.
    /// </summary>
    public enum SlaKind
    {
        /// <summary>Marketing hands an MQL over within the agreed hours.</summary>
        HandOver = 271800000,
        /// <summary>Sales accepts or rejects within the agreed business hours.</summary>
        Accept = 271800001,
        /// <summary>Sales first contacts the lead within the agreed business hours.</summary>
        FirstContact = 271800002,
        /// <summary>Sales qualifies or returns the lead within the agreed days.</summary>
        Qualify = 271800003,
    }
}
