namespace CrmLeadSla.Cli.Agreement.Reporting;

/// <summary>Each lead's stage moves in time order, and the stages it ever reached.</summary>
internal sealed class LeadJourneys
{
    private readonly Dictionary<string, List<TransitionRow>> moves;
    private readonly Dictionary<string, HashSet<string>> reached;

    public LeadJourneys(IEnumerable<TransitionRow> transitions)
    {
        moves = transitions
            .GroupBy(t => t.LeadId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(t => t.ChangedOn).ToList(), StringComparer.Ordinal);
        reached = moves.ToDictionary(m => m.Key, m => m.Value.Select(t => t.ToStage).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>The leads with at least one move.</summary>
    public IEnumerable<string> LeadIds => moves.Keys;

    /// <summary>The moves of a lead, oldest first.</summary>
    public IReadOnlyList<TransitionRow> MovesOf(string leadId) => moves.TryGetValue(leadId, out var list) ? list : [];

    /// <summary>Whether a lead ever entered a stage.</summary>
    public bool Reached(string leadId, string stage) => reached.TryGetValue(leadId, out var stages) && stages.Contains(stage);

    /// <summary>Whether sales ever worked a handed-over lead: accepted, rejected or returned it.</summary>
    public bool Worked(string leadId) =>
        MovesOf(leadId).Any(t => t.FromStage == Stages.Mql && Stages.Worked.Contains(t.ToStage, StringComparer.Ordinal));
}
