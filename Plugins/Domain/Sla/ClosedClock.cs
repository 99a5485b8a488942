using System;

namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>A clock a move closes: its row, how it closed and when.</summary>
    /// <param name="Id">The lsla_slainstance row.</param>
    /// <param name="State">Met, Breached or Cancelled.</param>
    /// <param name="CompletedOn">When it closed (UTC).</param>
    public sealed record ClosedClock(Guid Id, SlaClockState State, DateTime CompletedOn)
    {
        /// <summary>Who answered for the promise when it closed; for a breach, when the deadline passed. Null when unknown.</summary>
        public Responsibility? Responsible { get; init; }
    }
}
