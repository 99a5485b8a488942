namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>What a pause or resume of sales' clocks records in the lead's history.</summary>
    /// <param name="Paused">True when the lead began to wait on the customer, false when it stopped.</param>
    /// <param name="Clocks">The clocks held or let run on, each with its due time.</param>
    public sealed record CustomerWaitNote(bool Paused, string Clocks);
}
