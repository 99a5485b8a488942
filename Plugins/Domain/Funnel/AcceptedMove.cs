using System;
using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>A stage move the rules allow, with everything the lead and its history row take from it.</summary>
    /// <param name="Change">The move itself, as the stage history records it.</param>
    /// <param name="Kind">What the move means.</param>
    /// <param name="Grade">The lead's grade after the move (one letter lower when the reason lowers it).</param>
    /// <param name="ReactivateOn">When the lead comes back from nurturing; null when it does not enter Nurture or only its behaviour brings it back.</param>
    /// <param name="Reason">The rejection reason, for the lead and the history row.</param>
    /// <param name="Comment">The comment, for the lead and the history row.</param>
    public sealed record AcceptedMove(
        StageChange Change,
        MoveKind Kind,
        Grade? Grade,
        DateTime? ReactivateOn,
        RejectionReason? Reason,
        string? Comment);
}
