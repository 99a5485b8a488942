namespace CrmLeadSla.Plugins.Schema
{
    /// <summary>Logical names of lsla_scoringrule: one scoring criterion (data contract).</summary>
    public static class ScoringRuleSchema
    {
        /// <summary>Table logical name.</summary>
        public const string EntityName = "lsla_scoringrule";
        /// <summary>Primary key.</summary>
        public const string Id = "lsla_scoringruleid";
        /// <summary>The model the rule belongs to.</summary>
        public const string ScoringModelId = "lsla_scoringmodelid";
        /// <summary>Rule name, shown in the score explanation.</summary>
        public const string Name = "lsla_name";
        /// <summary>Fit or Behavior.</summary>
        public const string Category = "lsla_category";
        /// <summary>The lead column a fit rule tests; the interaction column a behaviour rule filters on.</summary>
        public const string Attribute = "lsla_attribute";
        /// <summary>The comparison.</summary>
        public const string Operator = "lsla_operator";
        /// <summary>The value (lists separated by ';'; Between's lower bound).</summary>
        public const string Value = "lsla_value";
        /// <summary>Between's upper bound.</summary>
        public const string ValueTo = "lsla_valueto";
        /// <summary>The interaction type a behaviour rule counts.</summary>
        public const string InteractionType = "lsla_interactiontype";
        /// <summary>Points (may be negative).</summary>
        public const string Points = "lsla_points";
        /// <summary>Cap of a behaviour rule's total.</summary>
        public const string MaxPoints = "lsla_maxpoints";
        /// <summary>Group name: rules of one group form one criterion.</summary>
        public const string Group = "lsla_group";
        /// <summary>All (AND) or Any (OR) within the group.</summary>
        public const string GroupLogic = "lsla_grouplogic";
        /// <summary>Whether the rule counts.</summary>
        public const string IsActive = "lsla_isactive";
    }
}
