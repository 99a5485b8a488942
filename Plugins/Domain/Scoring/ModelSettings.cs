using CrmLeadSla.Plugins.Domain.Languages;

namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>A scoring model's own settings, before validation.</summary>
    /// <param name="Thresholds">Fit points from which a lead is graded A, B, C.</param>
    /// <param name="MqlThreshold">Behaviour points at which a lead becomes marketing qualified.</param>
    public sealed record ModelSettings(GradeThresholds Thresholds, int MqlThreshold)
    {
        /// <summary>The lowest grade an MQL may have; null lets every grade qualify.</summary>
        public Grade? MqlMinimumGrade { get; init; }

        /// <summary>Days after which behaviour points have halved; null or 0 means no decay.</summary>
        public int? DecayHalfLifeDays { get; init; }

        /// <summary>The language of the fixed words of the model's score explanations; English unless set.</summary>
        public Language Language { get; init; } = Language.English;

        /// <summary>
        /// Whether a lead qualifies as MQL: its grade is at least the minimum grade (A is best) and its
        /// behaviour points reach the threshold.
        /// </summary>
        public bool QualifiesAsMql(Grade grade, int behaviourPoints) =>
            (MqlMinimumGrade is not Grade minimum || grade <= minimum) && behaviourPoints >= MqlThreshold;
    }
}
