namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>How an agreement hands over a lead that meets its criteria (the agreement's hand-over mode).</summary>
    public enum HandOverMode
    {
        /// <summary>The lead goes to sales in the save that qualifies it; marketing's clock opens and closes Met at once.</summary>
        Automatic = 271800000,
        /// <summary>The lead waits with marketing, ready for hand-over, until a marketer hands it over or keeps nurturing it; marketing's clock runs meanwhile.</summary>
        Review = 271800001,
    }
}
