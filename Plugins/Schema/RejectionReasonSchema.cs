namespace CrmLeadSla.Plugins.Schema
{
    /// <summary>Logical names of lsla_rejectionreason: the reasons with which sales may reject or return a lead.</summary>
    public static class RejectionReasonSchema
    {
        /// <summary>Table logical name.</summary>
        public const string EntityName = "lsla_rejectionreason";
        /// <summary>What users see.</summary>
        public const string Name = "lsla_name";
        /// <summary>Nurture 271800000 or Disqualify 271800001.</summary>
        public const string Outcome = "lsla_outcome";
        /// <summary>Whether sales must explain the rejection.</summary>
        public const string RequiresComment = "lsla_requirescomment";
        /// <summary>Days after which a nurtured lead comes back.</summary>
        public const string RecycleAfterDays = "lsla_recycleafterdays";
        /// <summary>Whether the reason lowers the lead's grade by one letter.</summary>
        public const string LowersGrade = "lsla_lowersgrade";
        /// <summary>Whether the reason is still agreed.</summary>
        public const string IsActive = "lsla_isactive";
    }
}
