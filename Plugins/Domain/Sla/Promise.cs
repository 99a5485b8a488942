namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>Whose promise a clock measures: the hand-over is marketing's; accept, first contact and qualify are sales'.</summary>
    public static class Promise
    {
        /// <summary>Whether sales made the promise that a clock of <paramref name="kind"/> measures.</summary>
        public static bool IsSales(SlaKind kind) => kind != SlaKind.HandOver;
    }
}
