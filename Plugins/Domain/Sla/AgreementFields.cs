using CrmLeadSla.Plugins.Domain.Languages;

namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>The agreement's fields the calendar's messages name, so the administrator finds them on the form.</summary>
    public static class AgreementFields
    {
        /// <summary>The Windows time zone of the business hours.</summary>
        public static Field TimeZone { get; } = new Field(TextKey.LabelAgreementTimeZone);

        /// <summary>When the business day starts.</summary>
        public static Field WorkdayStart { get; } = new Field(TextKey.LabelAgreementWorkdayStart);

        /// <summary>When the business day ends.</summary>
        public static Field WorkdayEnd { get; } = new Field(TextKey.LabelAgreementWorkdayEnd);

        /// <summary>The days with business hours.</summary>
        public static Field WorkingDays { get; } = new Field(TextKey.LabelAgreementWorkingDays);
    }
}
