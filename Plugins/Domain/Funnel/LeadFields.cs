using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Schema;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>The lead and agreement columns the funnel's messages name, so the user finds them on the form.</summary>
    public static class LeadFields
    {
        /// <summary>lead.lsla_rejectionreasonid: the agreed reason of a rejection or return.</summary>
        public static Field RejectionReason { get; } = new Field(LeadSchema.EntityName, LeadSchema.RejectionReasonId, TextKey.LabelLeadRejectionReason);

        /// <summary>lead.lsla_rejectioncomment: sales' explanation of a rejection.</summary>
        public static Field RejectionComment { get; } = new Field(LeadSchema.EntityName, LeadSchema.RejectionComment, TextKey.LabelLeadRejectionComment);

        /// <summary>lead.lsla_slaagreementid: the agreement that governs the lead.</summary>
        public static Field SlaAgreement { get; } = new Field(LeadSchema.EntityName, LeadSchema.SlaAgreementId, TextKey.LabelLeadSlaAgreement);

        /// <summary>lsla_slaagreement.lsla_isdefault: the agreement for leads that name none.</summary>
        public static Field AgreementIsDefault { get; } = new Field(SlaAgreementSchema.EntityName, SlaAgreementSchema.IsDefault, TextKey.LabelAgreementIsDefault);
    }
}
