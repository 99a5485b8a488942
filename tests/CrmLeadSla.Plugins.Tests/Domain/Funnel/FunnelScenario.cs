using CrmLeadSla.Plugins.Domain.Funnel;

namespace CrmLeadSla.Plugins.Tests.Domain.Funnel;

/// <summary>The moments, reasons and requests the funnel tests read as scenarios.</summary>
internal static class FunnelScenario
{
    public static readonly DateTime Noon = new(2026, 3, 2, 12, 0, 0, DateTimeKind.Utc);

    public static readonly RejectionReason NoBudget =
        new(Guid.Parse("6f1c1e1a-0000-4000-8000-000000000001"), "No budget this year", RejectionOutcome.Nurture, RecycleAfterDays: 90);

    public static readonly RejectionReason NotAFit =
        new(Guid.Parse("6f1c1e1a-0000-4000-8000-000000000002"), "Not a fit", RejectionOutcome.Disqualify);

    public static StageMoveRequest Move(FunnelStage from, FunnelStage to, FunnelActor actor) => new(from, to, actor, Noon);

    /// <summary>A request for a move of the table with every fact its requirements ask for.</summary>
    public static StageMoveRequest Satisfying(FunnelStage from, FunnelStage to, FunnelActor actor) =>
        Move(from, to, actor) with
        {
            MeetsMqlCriteria = true,
            IsQualified = true,
            Reason = to == FunnelStage.Disqualified ? NotAFit : NoBudget,
            ReactivateOn = Noon.AddDays(-1),
            ExclusionReason = to == FunnelStage.Excluded ? "Competitor (e-mail domain fabrikam.com)" : null,
        };

    public static StageMoveRequest Rejection(RejectionReason? reason, string? comment = null) =>
        Move(FunnelStage.Mql, FunnelStage.Nurture, FunnelActor.Sales) with { Reason = reason, Comment = comment };
}
