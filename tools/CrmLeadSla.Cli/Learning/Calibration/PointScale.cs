namespace CrmLeadSla.Cli.Learning.Calibration;

/// <summary>
/// How learnt log-odds become points: 20 points double a lead's odds of reaching SQL, the scorecard convention
/// ("points to double the odds"), so a rule's points read the same in fit and behaviour.
/// </summary>
internal static class PointScale
{
    /// <summary>Points per unit of log-odds: 20 / ln 2 ≈ 28.85.</summary>
    public const double PointsPerLogOdds = 20 / 0.69314718055994530942;

    /// <summary>Whole points for a weight, rounded half away from zero.</summary>
    public static int PointsFor(double logOdds) => (int)Math.Round(logOdds * PointsPerLogOdds, MidpointRounding.AwayFromZero);
}
