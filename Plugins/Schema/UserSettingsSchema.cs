namespace CrmLeadSla.Plugins.Schema
{
    /// <summary>Logical names of the standard table usersettings: each user's preferences, keyed by the user.</summary>
    public static class UserSettingsSchema
    {
        /// <summary>Table logical name.</summary>
        public const string EntityName = "usersettings";
        /// <summary>Primary key: the user's systemuserid.</summary>
        public const string SystemUserId = "systemuserid";
        /// <summary>The LCID of the language the user's interface shows (1031 German, 1033 English).</summary>
        public const string UiLanguageId = "uilanguageid";
    }
}
