using System;

namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>A clock paused or resumed because its lead waits on the customer, as its row is written back.</summary>
    /// <param name="Id">The clock's row.</param>
    /// <param name="Kind">Which promise it measures.</param>
    /// <param name="PausedOn">When it was paused; null once resumed.</param>
    /// <param name="DueOn">Its due time: unchanged by a pause, moved later by a resume.</param>
    /// <param name="PausedMinutes">The business minutes it stood still in its finished pauses.</param>
    public sealed record HeldClock(Guid Id, SlaKind Kind, DateTime? PausedOn, DateTime DueOn, int PausedMinutes);
}
