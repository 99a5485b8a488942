namespace CrmLeadSla.Plugins.Domain.Scoring
{
    /// <summary>The fit points from which a lead is graded A, B and C; below C it is D.</summary>
    public sealed record GradeThresholds(int A, int B, int C)
    {
        /// <summary>The grade the fit points earn: at or above a threshold reaches its grade.</summary>
        public Grade GradeFor(int fitPoints) =>
            fitPoints >= A ? Grade.A
            : fitPoints >= B ? Grade.B
            : fitPoints >= C ? Grade.C
            : Grade.D;
    }
}
