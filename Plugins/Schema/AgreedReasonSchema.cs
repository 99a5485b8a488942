namespace CrmLeadSla.Plugins.Schema
{
    /// <summary>Logical names of lsla_agreedreason: one rejection reason that one agreement allows.</summary>
    public static class AgreedReasonSchema
    {
        /// <summary>Table logical name.</summary>
        public const string EntityName = "lsla_agreedreason";
        /// <summary>Primary key.</summary>
        public const string Id = "lsla_agreedreasonid";
        /// <summary>Summary, e.g. "No budget – Spring campaign".</summary>
        public const string Name = "lsla_name";
        /// <summary>The agreement.</summary>
        public const string SlaAgreementId = "lsla_slaagreementid";
        /// <summary>The reason it allows.</summary>
        public const string RejectionReasonId = "lsla_rejectionreasonid";
    }
}
