namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>What a scoring rule scores (the rule's category): fit or behaviour.</summary>
    public enum RuleCategory
    {
        /// <summary>Explicit points from what the prospect told us: a condition on a lead column.</summary>
        Fit = 271800000,
        /// <summary>Implicit points from what the prospect did: points per interaction.</summary>
        Behaviour = 271800001,
    }
}
