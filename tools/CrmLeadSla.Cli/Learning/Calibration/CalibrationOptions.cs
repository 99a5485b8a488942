namespace CrmLeadSla.Cli.Learning.Calibration;

/// <summary>How a calibration runs.</summary>
public sealed record CalibrationOptions
{
    /// <summary>What the MQL threshold is chosen for.</summary>
    public CalibrationGoal Goal { get; init; } = CalibrationGoal.Balanced;

    /// <summary>The half-life of behaviour points; null takes the current model's, else 30 days.</summary>
    public int? HalfLifeDays { get; init; }

    /// <summary>The proposed model's name.</summary>
    public string Name { get; init; } = "Calibrated model";

    /// <summary>
    /// The L2 penalty on standardised weights: larger shrinks weights learnt from few leads harder. 1 suits
    /// histories of a few hundred to many thousand leads.
    /// </summary>
    public double Penalty { get; init; } = 1.0;

    /// <summary>
    /// The label of a choice column's option value (column, value → label, or null), so a proposed rule reads
    /// "Industry: Consulting" rather than "Industry: 7". By default none is known.
    /// </summary>
    public Func<string, int, string?> OptionLabel { get; init; } = (_, _) => null;
}
