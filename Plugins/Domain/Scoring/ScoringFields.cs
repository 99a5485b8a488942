using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Schema;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>
    /// The scoring configuration columns (data contract) that validation messages name, by their label in the reader's
    /// language and their logical name, so a message points the user at the field to correct.
    /// </summary>
    public static class ScoringFields
    {
        /// <summary>lsla_scoringrule: name.</summary>
        public static Field Name { get; } = Rule(ScoringRuleSchema.Name, TextKey.LabelRuleName);

        /// <summary>lsla_scoringrule: the column the rule tests.</summary>
        public static Field Attribute { get; } = Rule(ScoringRuleSchema.Attribute, TextKey.LabelRuleAttribute);

        /// <summary>lsla_scoringrule: the operator.</summary>
        public static Field Operator { get; } = Rule(ScoringRuleSchema.Operator, TextKey.LabelRuleOperator);

        /// <summary>lsla_scoringrule: the value (lower bound for Between).</summary>
        public static Field Value { get; } = Rule(ScoringRuleSchema.Value, TextKey.LabelRuleValue);

        /// <summary>lsla_scoringrule: the upper bound for Between.</summary>
        public static Field ValueTo { get; } = Rule(ScoringRuleSchema.ValueTo, TextKey.LabelRuleValueTo);

        /// <summary>lsla_scoringrule: the interaction type a behaviour rule counts.</summary>
        public static Field InteractionType { get; } = Rule(ScoringRuleSchema.InteractionType, TextKey.LabelRuleInteractionType);

        /// <summary>lsla_scoringrule: the cap of a behaviour rule.</summary>
        public static Field MaxPoints { get; } = Rule(ScoringRuleSchema.MaxPoints, TextKey.LabelRuleMaxPoints);

        /// <summary>lsla_scoringrule: whether the rule scores.</summary>
        public static Field RuleIsActive { get; } = Rule(ScoringRuleSchema.IsActive, TextKey.LabelRuleIsActive);

        /// <summary>lsla_scoringmodel: whether the model scores leads.</summary>
        public static Field ModelIsActive { get; } = Model(ScoringModelSchema.IsActive, TextKey.LabelModelIsActive);

        /// <summary>lsla_scoringmodel: fit points from which a lead is graded A.</summary>
        public static Field GradeAThreshold { get; } = Model(ScoringModelSchema.GradeAThreshold, TextKey.LabelGradeAThreshold);

        /// <summary>lsla_scoringmodel: fit points from which a lead is graded B.</summary>
        public static Field GradeBThreshold { get; } = Model(ScoringModelSchema.GradeBThreshold, TextKey.LabelGradeBThreshold);

        /// <summary>lsla_scoringmodel: behaviour points at which a lead becomes an MQL.</summary>
        public static Field MqlThreshold { get; } = Model(ScoringModelSchema.MqlThreshold, TextKey.LabelMqlThreshold);

        /// <summary>lsla_scoringmodel: decay half-life in days.</summary>
        public static Field DecayHalfLifeDays { get; } = Model(ScoringModelSchema.DecayHalfLifeDays, TextKey.LabelDecayHalfLifeDays);

        private static Field Rule(string column, TextKey label) => new Field(ScoringRuleSchema.EntityName, column, label);

        private static Field Model(string column, TextKey label) => new Field(ScoringModelSchema.EntityName, column, label);
    }
}
