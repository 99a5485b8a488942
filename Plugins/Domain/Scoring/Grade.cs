namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>Fit grade of a lead: A fits best, D least.</summary>
    public enum Grade
    {
        /// <summary>Fits best.</summary>
        A = 271800000,
        /// <summary>Fits well.</summary>
        B = 271800001,
        /// <summary>Fits somewhat.</summary>
        C = 271800002,
        /// <summary>Fits least.</summary>
        D = 271800003,
    }
}
