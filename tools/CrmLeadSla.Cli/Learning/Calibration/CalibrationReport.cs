using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Cli.Learning.Calibration;

/// <summary>What a calibration learnt from and how the proposed model (and the current one) did on the held-out leads.</summary>
/// <param name="Leads">Leads in the history.</param>
/// <param name="Decided">Leads with a known outcome.</param>
/// <param name="Converted">Decided leads that reached SQL.</param>
/// <param name="TrainingLeads">Leads learnt from (decided).</param>
/// <param name="HeldOutLeads">Leads kept aside to measure on (decided and open).</param>
/// <param name="LeadsPerMonth">New leads a month over the history's span.</param>
/// <param name="Candidates">Candidate rules the training leads supported.</param>
/// <param name="Settings">The proposed model's thresholds, MQL criterion and half-life.</param>
/// <param name="Goal">What the MQL criterion was chosen for.</param>
/// <param name="Proposed">The proposed model on the held-out leads.</param>
public sealed record CalibrationReport(
    int Leads,
    int Decided,
    int Converted,
    int TrainingLeads,
    int HeldOutLeads,
    double LeadsPerMonth,
    int Candidates,
    ModelSettings Settings,
    CalibrationGoal Goal,
    ModelEvaluation Proposed)
{
    /// <summary>The share of decided leads that reached SQL; NaN without decided leads.</summary>
    public double BaseRate => Decided == 0 ? double.NaN : Converted / (double)Decided;

    /// <summary>Whether the base rate is so low or so high that the history mostly shows how leads were chosen, not why they convert.</summary>
    public bool BaseRateIsExtreme => BaseRate is < 0.05 or > 0.8;

    /// <summary>The candidate rules left out of the model, and why.</summary>
    public IReadOnlyList<DroppedRule> Dropped { get; init; } = [];

    /// <summary>The hand-overs a month the proposed MQL criterion gives on the whole history, at its rate of new leads.</summary>
    public double HandOversPerMonth { get; init; }

    /// <summary>The current model's name, when one was given to compare with.</summary>
    public string? CurrentName { get; init; }

    /// <summary>The current model on the same held-out leads, when one was given.</summary>
    public ModelEvaluation? Current { get; init; }
}
