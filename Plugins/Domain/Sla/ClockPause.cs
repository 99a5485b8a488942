using System;

namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>A span during which a clock stood still (e.g. while the lead waited on the customer); open while <see cref="ResumedOn"/> is null.</summary>
    public sealed record ClockPause(DateTime PausedOn, DateTime? ResumedOn);
}
