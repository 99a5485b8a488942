namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>
    /// Logical names of the scoring configuration columns (data contract) that validation messages name,
    /// so a message points the user at the field to correct.
    /// </summary>
    public static class ScoringFields
    {
        /// <summary>lsla_scoringrule: name.</summary>
        public const string Name = "lsla_name";
        /// <summary>lsla_scoringrule: the column the rule tests.</summary>
        public const string Attribute = "lsla_attribute";
        /// <summary>lsla_scoringrule: the operator.</summary>
        public const string Operator = "lsla_operator";
        /// <summary>lsla_scoringrule: the value (lower bound for Between).</summary>
        public const string Value = "lsla_value";
        /// <summary>lsla_scoringrule: the upper bound for Between.</summary>
        public const string ValueTo = "lsla_valueto";
        /// <summary>lsla_scoringrule: the interaction type a behaviour rule counts.</summary>
        public const string InteractionType = "lsla_interactiontype";
        /// <summary>lsla_scoringrule: the cap of a behaviour rule.</summary>
        public const string MaxPoints = "lsla_maxpoints";
        /// <summary>lsla_scoringmodel: fit points from which a lead is graded A.</summary>
        public const string GradeAThreshold = "lsla_gradeathreshold";
        /// <summary>lsla_scoringmodel: fit points from which a lead is graded B.</summary>
        public const string GradeBThreshold = "lsla_gradebthreshold";
        /// <summary>lsla_scoringmodel: fit points from which a lead is graded C.</summary>
        public const string GradeCThreshold = "lsla_gradecthreshold";
        /// <summary>lsla_scoringmodel: behaviour points at which a lead becomes an MQL.</summary>
        public const string MqlThreshold = "lsla_mqlthreshold";
        /// <summary>lsla_scoringmodel: decay half-life in days.</summary>
        public const string DecayHalfLifeDays = "lsla_decayhalflifedays";
    }
}
