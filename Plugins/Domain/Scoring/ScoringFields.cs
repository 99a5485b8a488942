using CrmLeadSla.Plugins.Schema;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>
    /// The scoring configuration columns (data contract) that validation messages name, so a message points
    /// the user at the field to correct. The names themselves live in the schema classes.
    /// </summary>
    public static class ScoringFields
    {
        /// <summary>lsla_scoringrule: name.</summary>
        public const string Name = ScoringRuleSchema.Name;
        /// <summary>lsla_scoringrule: the column the rule tests.</summary>
        public const string Attribute = ScoringRuleSchema.Attribute;
        /// <summary>lsla_scoringrule: the operator.</summary>
        public const string Operator = ScoringRuleSchema.Operator;
        /// <summary>lsla_scoringrule: the value (lower bound for Between).</summary>
        public const string Value = ScoringRuleSchema.Value;
        /// <summary>lsla_scoringrule: the upper bound for Between.</summary>
        public const string ValueTo = ScoringRuleSchema.ValueTo;
        /// <summary>lsla_scoringrule: the interaction type a behaviour rule counts.</summary>
        public const string InteractionType = ScoringRuleSchema.InteractionType;
        /// <summary>lsla_scoringrule: the cap of a behaviour rule.</summary>
        public const string MaxPoints = ScoringRuleSchema.MaxPoints;
        /// <summary>lsla_scoringmodel: fit points from which a lead is graded A.</summary>
        public const string GradeAThreshold = ScoringModelSchema.GradeAThreshold;
        /// <summary>lsla_scoringmodel: fit points from which a lead is graded B.</summary>
        public const string GradeBThreshold = ScoringModelSchema.GradeBThreshold;
        /// <summary>lsla_scoringmodel: fit points from which a lead is graded C.</summary>
        public const string GradeCThreshold = ScoringModelSchema.GradeCThreshold;
        /// <summary>lsla_scoringmodel: behaviour points at which a lead becomes an MQL.</summary>
        public const string MqlThreshold = ScoringModelSchema.MqlThreshold;
        /// <summary>lsla_scoringmodel: decay half-life in days.</summary>
        public const string DecayHalfLifeDays = ScoringModelSchema.DecayHalfLifeDays;
    }
}
