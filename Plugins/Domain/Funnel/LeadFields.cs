using System.Collections.Generic;
using CrmLeadSla.Plugins.Domain.Languages;

namespace CrmLeadSla.Plugins.Domain.Funnel
{
    /// <summary>The lead's and agreement's fields the funnel's messages name, so the user finds them on the form.</summary>
    public static class LeadFields
    {
        /// <summary>The agreed reason of a rejection or return.</summary>
        public static Field RejectionReason { get; } = new Field(TextKey.LabelLeadRejectionReason);

        /// <summary>Sales' explanation of a rejection.</summary>
        public static Field RejectionComment { get; } = new Field(TextKey.LabelLeadRejectionComment);

        /// <summary>The agreement that governs the lead.</summary>
        public static Field SlaAgreement { get; } = new Field(TextKey.LabelLeadSlaAgreement);

        /// <summary>When marketing handed the lead over.</summary>
        public static Field HandedOverOn { get; } = new Field(TextKey.LabelLeadHandedOverOn);

        /// <summary>The accept clock's due time, copied for views.</summary>
        public static Field AcceptDueOn { get; } = new Field(TextKey.LabelLeadAcceptDueOn);

        /// <summary>The first-contact clock's due time, copied for views.</summary>
        public static Field FirstContactDueOn { get; } = new Field(TextKey.LabelLeadFirstContactDueOn);

        /// <summary>Marketing's open hand-over clock's due time, copied for views; set while the lead is ready for hand-over.</summary>
        public static Field HandOverDueOn { get; } = new Field(TextKey.LabelLeadHandOverDueOn);

        /// <summary>The worst of the lead's clocks.</summary>
        public static Field SlaStatus { get; } = new Field(TextKey.LabelLeadSlaStatus);

        /// <summary>When the stage last changed.</summary>
        public static Field StageChangedOn { get; } = new Field(TextKey.LabelLeadStageChangedOn);

        /// <summary>The lead is out of the process.</summary>
        public static Field Excluded { get; } = new Field(TextKey.LabelLeadExcluded);

        /// <summary>Why the lead is out of the process.</summary>
        public static Field ExclusionReason { get; } = new Field(TextKey.LabelLeadExclusionReason);

        /// <summary>When a nurtured lead comes back.</summary>
        public static Field ReactivateOn { get; } = new Field(TextKey.LabelLeadReactivateOn);

        /// <summary>The rep waits on the customer, and sales' clocks stand still.</summary>
        public static Field WaitingOnCustomer { get; } = new Field(TextKey.LabelLeadWaitingOnCustomer);

        /// <summary>The lead's fields that record the agreement's measurement, which only the solution writes.</summary>
        public static IReadOnlyList<Field> Measured { get; } = new[] { SlaAgreement, HandedOverOn, AcceptDueOn, FirstContactDueOn, HandOverDueOn, SlaStatus, StageChangedOn, Excluded, ExclusionReason, ReactivateOn };

        /// <summary>The agreement's mark as the one for leads that name none.</summary>
        public static Field AgreementIsDefault { get; } = new Field(TextKey.LabelAgreementIsDefault);
    }
}
