namespace CrmLeadSla.Cli.Learning.Calibration;

/// <summary>A fitted logistic regression.</summary>
/// <param name="Weights">Log-odds per unit of each feature.</param>
internal sealed record LogisticFit(IReadOnlyList<double> Weights);
