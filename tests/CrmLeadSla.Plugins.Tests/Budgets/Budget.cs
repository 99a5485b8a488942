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

    /// <summary>Role, history, agreement (3), the lead's clocks, accept clock closed, qualify clock opened.</summary>
    public const int Accept = 8;

    /// <summary>The rejection reason, the agreement (3: its listed reasons and reactivation days), history and clocks.</summary>
    public const int Reject = 12;

    /// <summary>As measured when the budget was set (docs/performance.md): QualifyLead's own reads and the SQL move.</summary>
    public const int Qualify = 10;

    /// <summary>Reads per page of the plug-in's rescoring: the page of leads and their interactions.</summary>
    public const int RescoreReadsPerPage = 2;
}
