namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>Who makes a stage move.</summary>
    public enum FunnelActor
    {
        /// <summary>The solution itself: scoring, reactivation, exclusion rules and the opportunity's outcome.</summary>
        System,
        /// <summary>A marketing user.</summary>
        Marketing,
        /// <summary>A sales user.</summary>
        Sales,
    }
}
