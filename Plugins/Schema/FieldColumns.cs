using System;
using System.Collections.Generic;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Domain.Sla;

namespace CrmLeadSla.Plugins.Schema
{
    /// <summary>
    /// Where each field the domain's messages name is stored in the data contract: its table and column. The domain
    /// knows fields by label only; the edges word its texts with <see cref="ColumnOf"/>, so a message reads
    /// "Rejection Reason (lsla_rejectionreasonid)" and the user finds the field on the form and in the API.
    /// </summary>
    public static class FieldColumns
    {
        private static readonly IReadOnlyDictionary<Field, Place> Places = new Dictionary<Field, Place>
        {
            [ScoringFields.Name] = Rule(ScoringRuleSchema.Name),
            [ScoringFields.Attribute] = Rule(ScoringRuleSchema.Attribute),
            [ScoringFields.Operator] = Rule(ScoringRuleSchema.Operator),
            [ScoringFields.Value] = Rule(ScoringRuleSchema.Value),
            [ScoringFields.ValueTo] = Rule(ScoringRuleSchema.ValueTo),
            [ScoringFields.InteractionType] = Rule(ScoringRuleSchema.InteractionType),
            [ScoringFields.MaxPoints] = Rule(ScoringRuleSchema.MaxPoints),
            [ScoringFields.RuleIsActive] = Rule(ScoringRuleSchema.IsActive),
            [ScoringFields.ModelIsActive] = Model(ScoringModelSchema.IsActive),
            [ScoringFields.GradeAThreshold] = Model(ScoringModelSchema.GradeAThreshold),
            [ScoringFields.GradeBThreshold] = Model(ScoringModelSchema.GradeBThreshold),
            [ScoringFields.MqlThreshold] = Model(ScoringModelSchema.MqlThreshold),
            [ScoringFields.DecayHalfLifeDays] = Model(ScoringModelSchema.DecayHalfLifeDays),

            [AgreementFields.TimeZone] = Agreement(SlaAgreementSchema.TimeZone),
            [AgreementFields.WorkdayStart] = Agreement(SlaAgreementSchema.WorkdayStart),
            [AgreementFields.WorkdayEnd] = Agreement(SlaAgreementSchema.WorkdayEnd),
            [AgreementFields.WorkingDays] = Agreement(SlaAgreementSchema.WorkingDays),
            [LeadFields.AgreementIsDefault] = Agreement(SlaAgreementSchema.IsDefault),

            [LeadFields.RejectionReason] = Lead(LeadSchema.RejectionReasonId),
            [LeadFields.RejectionComment] = Lead(LeadSchema.RejectionComment),
            [LeadFields.SlaAgreement] = Lead(LeadSchema.SlaAgreementId),
            [LeadFields.HandedOverOn] = Lead(LeadSchema.HandedOverOn),
            [LeadFields.AcceptDueOn] = Lead(LeadSchema.AcceptDueOn),
            [LeadFields.FirstContactDueOn] = Lead(LeadSchema.FirstContactDueOn),
            [LeadFields.HandOverDueOn] = Lead(LeadSchema.HandOverDueOn),
            [LeadFields.SlaStatus] = Lead(LeadSchema.SlaStatus),
            [LeadFields.StageChangedOn] = Lead(LeadSchema.StageChangedOn),
            [LeadFields.Excluded] = Lead(LeadSchema.Excluded),
            [LeadFields.ExclusionReason] = Lead(LeadSchema.ExclusionReason),
            [LeadFields.ReactivateOn] = Lead(LeadSchema.ReactivateOn),
            [LeadFields.WaitingOnCustomer] = Lead(LeadSchema.WaitingOnCustomer),
        };

        /// <summary>The logical name of the column that stores the field.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The field has no column here yet: add it above.</exception>
        public static string ColumnOf(Field field) => PlaceOf(field).Column;

        /// <summary>The logical name of the table that holds the field.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The field has no column here yet: add it above.</exception>
        public static string TableOf(Field field) => PlaceOf(field).Table;

        private static Place PlaceOf(Field field) =>
            Places.TryGetValue(field ?? throw new ArgumentNullException(nameof(field)), out var place) ? place
            : throw new ArgumentOutOfRangeException(nameof(field), field.Label, "The field labelled " + field.Label + " has no column in the data contract: add it to FieldColumns.");

        private static Place Rule(string column) => new Place(ScoringRuleSchema.EntityName, column);

        private static Place Model(string column) => new Place(ScoringModelSchema.EntityName, column);

        private static Place Agreement(string column) => new Place(SlaAgreementSchema.EntityName, column);

        private static Place Lead(string column) => new Place(LeadSchema.EntityName, column);

        private sealed record Place(string Table, string Column);
    }
}
