namespace CrmLeadSla.Plugins.Schema
{
    /// <summary>Logical names of lsla_exclusionrule: configurable rules that take leads out of the process.</summary>
    public static class ExclusionRuleSchema
    {
        /// <summary>Table logical name.</summary>
        public const string EntityName = "lsla_exclusionrule";
        /// <summary>The rule's name; it becomes the lead's exclusion reason, e.g. "Competitor".</summary>
        public const string Name = "lsla_name";
        /// <summary>E-mail domains the rule covers, separated by commas, semicolons or blanks.</summary>
        public const string EmailDomains = "lsla_emaildomains";
        /// <summary>Order in which the rules are checked (lowest first).</summary>
        public const string Order = "lsla_order";
        /// <summary>Whether the rule applies.</summary>
        public const string IsActive = "lsla_isactive";
    }
}
