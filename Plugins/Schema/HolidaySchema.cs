namespace CrmLeadSla.Plugins.Schema
{
    /// <summary>Logical names of lsla_holiday: a local date without business hours under one agreement.</summary>
    public static class HolidaySchema
    {
        /// <summary>Table logical name.</summary>
        public const string EntityName = "lsla_holiday";
        /// <summary>Primary key.</summary>
        public const string Id = "lsla_holidayid";
        /// <summary>What the day is, e.g. "Easter Monday".</summary>
        public const string Name = "lsla_name";
        /// <summary>The local date (date only).</summary>
        public const string Date = "lsla_date";
        /// <summary>The agreement the holiday belongs to.</summary>
        public const string SlaAgreementId = "lsla_slaagreementid";
    }
}
