namespace CrmLeadSla.Plugins.Schema
{
    /// <summary>Logical names of lsla_rejectionreason: the agreed reasons sales rejects or returns a lead with.</summary>
    public static class RejectionReasonSchema
    {
        /// <summary>Table logical name.</summary>
        public const string EntityName = "lsla_rejectionreason";
        /// <summary>Primary key.</summary>
        public const string Id = "lsla_rejectionreasonid";
        /// <summary>The reason as users see it.</summary>
        public const string Name = "lsla_name";
        /// <summary>Short stable code for reports.</summary>
        public const string Code = "lsla_code";
        /// <summary>Whether a comment is needed.</summary>
        public const string RequiresComment = "lsla_requirescomment";
        /// <summary>Nurture or Disqualify.</summary>
        public const string Outcome = "lsla_outcome";
        /// <summary>Days after which a nurtured lead comes back.</summary>
        public const string RecycleAfterDays = "lsla_recycleafterdays";
        /// <summary>Whether the reason lowers the grade by one letter.</summary>
        public const string LowersGrade = "lsla_lowersgrade";
        /// <summary>Whether the reason may still be chosen.</summary>
        public const string IsActive = "lsla_isactive";
    }
}
