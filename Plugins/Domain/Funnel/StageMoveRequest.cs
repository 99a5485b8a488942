using System;
using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>
    /// A wish to move a lead from one stage to another, with the facts the funnel's rules look at.
    /// Time is an input: the rules never read a clock.
    /// </summary>
    /// <param name="From">The lead's stage now.</param>
    /// <param name="To">The stage asked for.</param>
    /// <param name="Actor">Who asks.</param>
    /// <param name="Now">When the move would happen.</param>
    public sealed record StageMoveRequest(FunnelStage From, FunnelStage To, FunnelActor Actor, DateTime Now)
    {
        /// <summary>The lead's grade before the move, if it has one.</summary>
        public Grade? Grade { get; init; }

        /// <summary>Whether the lead meets the scoring model's MQL criteria (grade and behaviour threshold).</summary>
        public bool MeetsMqlCriteria { get; init; }

        /// <summary>Whether the lead has been qualified (statecode Qualified; an opportunity exists).</summary>
        public bool IsQualified { get; init; }

        /// <summary>The reason chosen for a rejection or return.</summary>
        public RejectionReason? Reason { get; init; }

        /// <summary>The comment sales gave with a rejection or return.</summary>
        public string? Comment { get; init; }

        /// <summary>When a nurtured lead is due back (its reactivation date).</summary>
        public DateTime? ReactivateOn { get; init; }

        /// <summary>Why the lead is excluded from the process (its exclusion reason); null when it is not.</summary>
        public string? ExclusionReason { get; init; }
    }
}
