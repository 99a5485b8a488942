namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>A fit rule that fired and the points it gave.</summary>
    public sealed record FitContribution(string Rule, int Points);
}
