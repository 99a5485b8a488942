using CrmLeadSla.Plugins.Domain.Languages;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>
    /// The fields of scoring rules and models that validation messages name, so a message points the user at the field to
    /// correct; the edge adds the column that stores each.
    /// </summary>
    public static class ScoringFields
    {
        /// <summary>A scoring rule's name.</summary>
        public static Field Name { get; } = new Field(TextKey.LabelRuleName);

        /// <summary>A scoring rule's field: the column the rule tests.</summary>
        public static Field Attribute { get; } = new Field(TextKey.LabelRuleAttribute);

        /// <summary>A scoring rule's field: the operator.</summary>
        public static Field Operator { get; } = new Field(TextKey.LabelRuleOperator);

        /// <summary>A scoring rule's field: the value (lower bound for Between).</summary>
        public static Field Value { get; } = new Field(TextKey.LabelRuleValue);

        /// <summary>A scoring rule's field: the upper bound for Between.</summary>
        public static Field ValueTo { get; } = new Field(TextKey.LabelRuleValueTo);

        /// <summary>A scoring rule's field: the interaction type a behaviour rule counts.</summary>
        public static Field InteractionType { get; } = new Field(TextKey.LabelRuleInteractionType);

        /// <summary>A scoring rule's field: the cap of a behaviour rule.</summary>
        public static Field MaxPoints { get; } = new Field(TextKey.LabelRuleMaxPoints);

        /// <summary>A scoring rule's field: whether the rule scores.</summary>
        public static Field RuleIsActive { get; } = new Field(TextKey.LabelRuleIsActive);

        /// <summary>A scoring model's field: whether the model scores leads.</summary>
        public static Field ModelIsActive { get; } = new Field(TextKey.LabelModelIsActive);

        /// <summary>A scoring model's field: fit points from which a lead is graded A.</summary>
        public static Field GradeAThreshold { get; } = new Field(TextKey.LabelGradeAThreshold);

        /// <summary>A scoring model's field: fit points from which a lead is graded B.</summary>
        public static Field GradeBThreshold { get; } = new Field(TextKey.LabelGradeBThreshold);

        /// <summary>A scoring model's field: behaviour points at which a lead becomes an MQL.</summary>
        public static Field MqlThreshold { get; } = new Field(TextKey.LabelMqlThreshold);

        /// <summary>A scoring model's field: decay half-life in days.</summary>
        public static Field DecayHalfLifeDays { get; } = new Field(TextKey.LabelDecayHalfLifeDays);
    }
}
