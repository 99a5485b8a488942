namespace CrmLeadSla.Plugins.Tests.Budgets;

/// <summary>
/// Requests from the plug-ins one event may cost (docs/scoring.md, docs/funnel.md, docs/performance.md).
/// Counts, not times: they hold on a noisy machine and a rise is a design change to review.
/// </summary>
internal static class Budget
{
    /// <summary>The scoring step's version check; the funnel's role check and the Inquiry history row.</summary>
    public const int LeadCreate = 3;

    /// <summary>The scoring step's version check.</summary>
    public const int LeadRuleColumnUpdate = 1;

    /// <summary>One read of the lead with its model's version, one write of the score, whatever the lead's history.</summary>
    public const int InteractionCreate = 2;

    /// <summary>
    /// The read and write of the lead; in the nested save, on scoring's verdict: the agreement (one query), the lead's
    /// clocks, history, two clocks opened, the new owner.
    /// </summary>
    public const int InteractionCrossingIntoMql = 8;

    /// <summary>Role, the agreement (one query), the lead's clocks; history, accept clock closed, qualify clock opened.</summary>
    public const int Accept = 6;

    /// <summary>Role, the rejection reason, the agreement (one query: its listed reasons and reactivation days), the lead's clocks; history, two clocks closed.</summary>
    public const int Reject = 7;

    /// <summary>
    /// Requests of the shipped real-time rejection check (ValidateRejection) inside a rejection, counted apart from the
    /// plug-ins': the lead, its agreement (one query) and the reason.
    /// </summary>
    public const int RejectionCheck = 3;

    /// <summary>QualifyLead's read of the stage and its SQL move: role, the agreement, the lead's clocks; history, two clocks closed.</summary>
    public const int Qualify = 8;

    /// <summary>
    /// A change or deletion of an interaction of a lead not handed over: the hand-over looked up in the history (the
    /// behaviour history is frozen after it); the read and write of the lead's score.
    /// </summary>
    public const int InteractionDelete = 3;

    /// <summary>
    /// A lead given to another rep while its clocks run: the agreement (one query) and the lead's clocks; the two owners'
    /// names and the history row "Reassigned"; each clock already past due closed (none here).
    /// </summary>
    public const int ReassignWithClocksOpen = 5;

    /// <summary>Reads per page of the plug-in's rescoring: the page of leads and their interactions.</summary>
    public const int RescoreReadsPerPage = 2;
}
