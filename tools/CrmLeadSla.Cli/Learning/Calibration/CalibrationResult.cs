using CrmLeadSla.Cli.Environments.ModelFiles;

namespace CrmLeadSla.Cli.Learning.Calibration;

/// <summary>A calibration's outcome: the proposed model and the report on it.</summary>
/// <param name="Proposed">The model of ordinary rules, ready to export and import.</param>
/// <param name="Report">How it was learnt and how it did on the held-out leads.</param>
public sealed record CalibrationResult(ModelDefinition Proposed, CalibrationReport Report);
