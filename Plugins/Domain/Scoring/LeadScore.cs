namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>Everything scoring writes to a lead: fit, behaviour, index, whether it qualifies as MQL, and why.</summary>
    public sealed record LeadScore(FitScore Fit, BehaviourScore Behaviour, LeadIndex Index, bool QualifiesAsMql, ScoreExplanation Explanation);
}
