namespace CrmLeadSla.Plugins.Schema
{
    /// <summary>Logical names of lsla_scoringmodel: a scoring model (data contract).</summary>
    public static class ScoringModelSchema
    {
        /// <summary>Table logical name.</summary>
        public const string EntityName = "lsla_scoringmodel";
        /// <summary>Primary key.</summary>
        public const string Id = "lsla_scoringmodelid";
        /// <summary>Model name.</summary>
        public const string Name = "lsla_name";
        /// <summary>Whether the model scores leads.</summary>
        public const string IsActive = "lsla_isactive";
        /// <summary>Behaviour points at which a lead becomes an MQL.</summary>
        public const string MqlThreshold = "lsla_mqlthreshold";
        /// <summary>The lowest grade an MQL may have (option set lsla_grade).</summary>
        public const string MqlMinGrade = "lsla_mqlmingrade";
        /// <summary>Fit points from which a lead is graded A.</summary>
        public const string GradeAThreshold = "lsla_gradeathreshold";
        /// <summary>Fit points from which a lead is graded B.</summary>
        public const string GradeBThreshold = "lsla_gradebthreshold";
        /// <summary>Fit points from which a lead is graded C.</summary>
        public const string GradeCThreshold = "lsla_gradecthreshold";
        /// <summary>Behaviour points halve after this many days; empty or 0: no decay.</summary>
        public const string DecayHalfLifeDays = "lsla_decayhalflifedays";
        /// <summary>The LCID of the language the model's score explanations are written in; the organization's base language when created.</summary>
        public const string LanguageCode = "lsla_languagecode";
        /// <summary>Raised on every change of the model or its rules, so cached copies are dropped.</summary>
        public const string Version = "lsla_version";
        /// <summary>What the model is for and how it was agreed.</summary>
        public const string Description = "lsla_description";
        /// <summary>How far rescoring the model's leads has come; written by the rescoring job, which resumes from it.</summary>
        public const string RescoreProgress = "lsla_rescoreprogress";
        /// <summary>How far the daily refresh of behaviour points has come; written by the daily job, which resumes from it.</summary>
        public const string RefreshProgress = "lsla_refreshprogress";
    }
}
