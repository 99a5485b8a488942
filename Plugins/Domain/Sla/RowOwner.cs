using System;

namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>The user or team that owns a lead, and with it the history rows and clocks written for the lead.</summary>
    /// <param name="Table">systemuser or team.</param>
    /// <param name="Id">The user's or team's id.</param>
    public sealed record RowOwner(string Table, Guid Id);
}
