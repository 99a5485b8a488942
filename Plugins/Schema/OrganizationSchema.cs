namespace CrmLeadSla.Plugins.Schema
{
    /// <summary>Logical names of the standard table organization: one row, the organization itself.</summary>
    public static class OrganizationSchema
    {
        /// <summary>Table logical name.</summary>
        public const string EntityName = "organization";
        /// <summary>The LCID of the organization's base language, chosen when it was provisioned.</summary>
        public const string LanguageCode = "languagecode";
    }
}
