using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Cli.Learning.History;

/// <summary>One lead of a history file: its fit columns, its interactions and its outcome.</summary>
/// <param name="LeadId">The lead's id as the source system knows it (a GUID or any unique text).</param>
/// <param name="CreatedOn">When the lead was created (UTC): the month it counts in.</param>
/// <param name="Columns">The lead columns fit rules may read, as scoring reads them.</param>
/// <param name="Interactions">The lead's marketing touches up to <see cref="MeasuredOn"/>.</param>
/// <param name="Outcome">How far the lead went.</param>
public sealed record HistoryLead(string LeadId, DateTime CreatedOn, ColumnValues Columns, IReadOnlyList<Interaction> Interactions, LeadOutcome Outcome)
{
    /// <summary>The moment behaviour points are measured at (UTC), e.g. when the lead was handed over or decided; null for the default.</summary>
    public DateTime? AsOf { get; init; }

    /// <summary>Whether the lead reached SQL or was won: the positive class.</summary>
    public bool Converted => Outcome is LeadOutcome.Sql or LeadOutcome.Won;

    /// <summary>Whether the outcome is known, so the lead can be learnt from.</summary>
    public bool Decided => Outcome != LeadOutcome.Open;

    /// <summary>When behaviour is measured: <see cref="AsOf"/>, else the last interaction, else <see cref="CreatedOn"/>.</summary>
    public DateTime MeasuredOn =>
        AsOf ?? (Interactions.Count > 0 ? Interactions.Max(interaction => interaction.OccurredOn) : CreatedOn);
}
