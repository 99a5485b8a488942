namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>A behaviour rule and the points it holds now, after decay.</summary>
    public sealed record BehaviourContribution(string Rule, double Points);
}
