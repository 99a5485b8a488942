namespace CrmLeadSla.Cli.Calibration;

/// <summary>A fitted logistic regression.</summary>
/// <param name="Intercept">The log-odds of a lead with every feature 0.</param>
/// <param name="Weights">Log-odds per unit of each feature.</param>
internal sealed record LogisticFit(double Intercept, IReadOnlyList<double> Weights);
