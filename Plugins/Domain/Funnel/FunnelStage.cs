namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>Where a lead stands in the funnel the agreement defines (the lead's funnel stage).</summary>
    public enum FunnelStage
    {
        /// <summary>A new lead that marketing has not qualified yet.</summary>
        Inquiry = 271800000,
        /// <summary>Marketing qualified: the score reached the agreed threshold.</summary>
        Mql = 271800001,
        /// <summary>Sales accepted the lead.</summary>
        Sal = 271800002,
        /// <summary>Sales qualified: an opportunity exists.</summary>
        Sql = 271800003,
        /// <summary>The opportunity was won.</summary>
        Won = 271800004,
        /// <summary>Back with marketing for nurturing (recycled).</summary>
        Nurture = 271800005,
        /// <summary>Disqualified for good.</summary>
        Disqualified = 271800006,
        /// <summary>Taken out of the process by an exclusion rule.</summary>
        Excluded = 271800007,
    }
}
