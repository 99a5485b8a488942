namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>The words users know for SLA clocks, used in clock names, tasks and e-mails.</summary>
    public static class SlaWording
    {
        /// <summary>The promise as users call it, e.g. "First contact".</summary>
        public static string NameOf(SlaKind kind) => kind switch
        {
            SlaKind.Handover => "Hand-over",
            SlaKind.FirstContact => "First contact",
            _ => kind.ToString(),
        };
    }
}
