using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Schema;

namespace CrmLeadSla.Plugins.Domain.Sla
{
    /// <summary>The agreement columns the calendar's messages name, so the administrator finds them on the form.</summary>
    public static class AgreementFields
    {
        /// <summary>lsla_slaagreement.lsla_timezone: the Windows time zone of the business hours.</summary>
        public static Field TimeZone { get; } = new Field(SlaAgreementSchema.EntityName, SlaAgreementSchema.TimeZone, TextKey.LabelAgreementTimeZone);

        /// <summary>lsla_slaagreement.lsla_workdaystart: when the business day starts.</summary>
        public static Field WorkdayStart { get; } = new Field(SlaAgreementSchema.EntityName, SlaAgreementSchema.WorkdayStart, TextKey.LabelAgreementWorkdayStart);

        /// <summary>lsla_slaagreement.lsla_workdayend: when the business day ends.</summary>
        public static Field WorkdayEnd { get; } = new Field(SlaAgreementSchema.EntityName, SlaAgreementSchema.WorkdayEnd, TextKey.LabelAgreementWorkdayEnd);

        /// <summary>lsla_slaagreement.lsla_workingdays: the days with business hours.</summary>
        public static Field WorkingDays { get; } = new Field(SlaAgreementSchema.EntityName, SlaAgreementSchema.WorkingDays, TextKey.LabelAgreementWorkingDays);
    }
}
