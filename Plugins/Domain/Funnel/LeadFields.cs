using System.Collections.Generic;
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

        /// <summary>lead.lsla_handedoveron: when marketing handed the lead over.</summary>
        public static Field HandedOverOn { get; } = new Field(LeadSchema.EntityName, LeadSchema.HandedOverOn, TextKey.LabelLeadHandedOverOn);

        /// <summary>lead.lsla_acceptdueon: the accept clock's due time, copied for views.</summary>
        public static Field AcceptDueOn { get; } = new Field(LeadSchema.EntityName, LeadSchema.AcceptDueOn, TextKey.LabelLeadAcceptDueOn);

        /// <summary>lead.lsla_firstcontactdueon: the first-contact clock's due time, copied for views.</summary>
        public static Field FirstContactDueOn { get; } = new Field(LeadSchema.EntityName, LeadSchema.FirstContactDueOn, TextKey.LabelLeadFirstContactDueOn);

        /// <summary>lead.lsla_handoverdueon: marketing's open hand-over clock's due time, copied for views; set while the lead is ready for hand-over.</summary>
        public static Field HandOverDueOn { get; } = new Field(LeadSchema.EntityName, LeadSchema.HandOverDueOn, TextKey.LabelLeadHandOverDueOn);

        /// <summary>lead.lsla_slastatus: the worst of the lead's clocks.</summary>
        public static Field SlaStatus { get; } = new Field(LeadSchema.EntityName, LeadSchema.SlaStatus, TextKey.LabelLeadSlaStatus);

        /// <summary>lead.lsla_stagechangedon: when the stage last changed.</summary>
        public static Field StageChangedOn { get; } = new Field(LeadSchema.EntityName, LeadSchema.StageChangedOn, TextKey.LabelLeadStageChangedOn);

        /// <summary>lead.lsla_excluded: the lead is out of the process.</summary>
        public static Field Excluded { get; } = new Field(LeadSchema.EntityName, LeadSchema.Excluded, TextKey.LabelLeadExcluded);

        /// <summary>lead.lsla_exclusionreason: why the lead is out of the process.</summary>
        public static Field ExclusionReason { get; } = new Field(LeadSchema.EntityName, LeadSchema.ExclusionReason, TextKey.LabelLeadExclusionReason);

        /// <summary>lead.lsla_reactivateon: when a nurtured lead comes back.</summary>
        public static Field ReactivateOn { get; } = new Field(LeadSchema.EntityName, LeadSchema.ReactivateOn, TextKey.LabelLeadReactivateOn);

        /// <summary>lead.lsla_waitingoncustomer: the rep waits on the customer, and sales' clocks stand still.</summary>
        public static Field WaitingOnCustomer { get; } = new Field(LeadSchema.EntityName, LeadSchema.WaitingOnCustomer, TextKey.LabelLeadWaitingOnCustomer);

        /// <summary>The lead columns that record the agreement's measurement, which only the solution writes.</summary>
        public static IReadOnlyList<Field> Measured { get; } = new[] { SlaAgreement, HandedOverOn, AcceptDueOn, FirstContactDueOn, HandOverDueOn, SlaStatus, StageChangedOn, Excluded, ExclusionReason, ReactivateOn };

        /// <summary>lsla_slaagreement.lsla_isdefault: the agreement for leads that name none.</summary>
        public static Field AgreementIsDefault { get; } = new Field(SlaAgreementSchema.EntityName, SlaAgreementSchema.IsDefault, TextKey.LabelAgreementIsDefault);
    }
}
