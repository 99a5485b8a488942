namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>Where a rejection reason sends the lead (the reason's outcome): nurture or disqualify.</summary>
    public enum RejectionOutcome
    {
        /// <summary>Back to marketing for nurturing.</summary>
        Nurture = 271800000,
        /// <summary>Out of the funnel for good.</summary>
        Disqualify = 271800001,
    }
}
