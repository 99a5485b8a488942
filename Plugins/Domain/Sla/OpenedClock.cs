using System;

namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>A clock a move opens: which promise, from when and until when.</summary>
    /// <param name="Kind">The promise it measures.</param>
    /// <param name="StartedOn">When it started (UTC).</param>
    /// <param name="DueOn">When it falls due (UTC).</param>
    public sealed record OpenedClock(SlaKind Kind, DateTime StartedOn, DateTime DueOn)
    {
        /// <summary>Who answers for the promise as it opens. Null when unknown.</summary>
        public Responsibility? Responsible { get; init; }

        /// <summary>When the promise was kept in the same moment it started (written closed as Met); null for a clock that runs.</summary>
        public DateTime? MetOn { get; init; }

        /// <summary>When it was paused in the moment it started (its lead waits on the customer); null for a clock that runs.</summary>
        public DateTime? PausedOn { get; init; }
    }
}
