namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>How an SLA clock stands: on track, at risk or breached; a larger value is worse.</summary>
    public enum SlaStatus
    {
        /// <summary>Less than the at-risk share of the allowed business time has passed.</summary>
        OnTrack = 271800000,
        /// <summary>The at-risk share of the allowed business time has passed; the clock is not yet due.</summary>
        AtRisk = 271800001,
        /// <summary>Past due.</summary>
        Breached = 271800002,
    }
}
