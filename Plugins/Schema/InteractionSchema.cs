namespace CrmLeadSla.Plugins.Schema
{
    /// <summary>Logical names of lsla_interaction: a marketing touch, an activity table (data contract).</summary>
    public static class InteractionSchema
    {
        /// <summary>Table logical name.</summary>
        public const string EntityName = "lsla_interaction";
        /// <summary>Primary key (activities share activityid).</summary>
        public const string Id = "activityid";
        /// <summary>The lead (or contact, account, opportunity) the touch belongs to.</summary>
        public const string RegardingObjectId = "regardingobjectid";
        /// <summary>What kind of touch (option set lsla_interactiontype).</summary>
        public const string InteractionType = "lsla_interactiontype";
        /// <summary>When it happened.</summary>
        public const string OccurredOn = "lsla_occurredon";
        /// <summary>The page or asset it concerned.</summary>
        public const string Url = "lsla_url";
        /// <summary>Subject.</summary>
        public const string Subject = "subject";
    }
}
