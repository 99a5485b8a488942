using CrmLeadSla.Cli.Queries;
using CrmLeadSla.Plugins.Domain.Funnel;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Scoring;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Cli.Learning.History;

/// <summary>
/// The lead history of an organization, read through any <see cref="IOrganizationService"/>: every lead with its
/// scorable columns, its interactions and its outcome from the stage history (lsla_stagetransition). A lead that
/// ever reached Won is won, SQL is sql; one whose last move disqualified, excluded or nurtured it without reaching SQL
/// is none; any other is open. Behaviour is measured when the outcome was decided (the first move to SQL, or the move
/// that closed it), and only the interactions up to then are kept: what came after is a consequence, not a cause.
/// </summary>
public static class OrganizationHistory
{

    /// <summary>Reads every lead, in order of creation, page by page.</summary>
    public static IReadOnlyList<HistoryLead> Read(IOrganizationService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var moves = AllRows.Of(service, StageTransitionSchema.EntityName, [StageTransitionSchema.LeadId, StageTransitionSchema.ToStage, StageTransitionSchema.ChangedOn], StageTransitionSchema.ChangedOn)
            .Where(row => row.GetAttributeValue<EntityReference>(StageTransitionSchema.LeadId) is not null && row.GetAttributeValue<OptionSetValue>(StageTransitionSchema.ToStage) is not null)
            .GroupBy(row => row.GetAttributeValue<EntityReference>(StageTransitionSchema.LeadId).Id)
            .ToDictionary(group => group.Key, group => group.Select(row => (Stage: (FunnelStage)row.GetAttributeValue<OptionSetValue>(StageTransitionSchema.ToStage).Value, On: row.GetAttributeValue<DateTime>(StageTransitionSchema.ChangedOn))).ToArray());
        var interactions = AllRows.Of(service, InteractionSchema.EntityName, InteractionRows.ImageColumns, InteractionSchema.OccurredOn)
            .Select(row => (Lead: InteractionRows.RegardingLeadOf(row), Interaction: InteractionRows.InteractionOf(row)))
            .Where(entry => entry.Lead is not null && entry.Interaction is not null)
            .ToLookup(entry => entry.Lead!.Value, entry => entry.Interaction!);
        return AllRows.Of(service, LeadSchema.EntityName, [.. ScorableColumns.LeadColumnNames, "createdon"], "createdon")
            .Select(row =>
            {
                var (outcome, decidedOn) = OutcomeOf(moves.GetValueOrDefault(row.Id, []));
                return new HistoryLead(
                    row.Id.ToString("D"),
                    row.GetAttributeValue<DateTime>("createdon"),
                    RecordColumns.Of(row, ScorableColumns.LeadColumnNames),
                    interactions[row.Id].Where(interaction => decidedOn is null || interaction.OccurredOn <= decidedOn).ToArray(),
                    outcome) { AsOf = decidedOn };
            })
            .ToArray();
    }

    private static (LeadOutcome Outcome, DateTime? DecidedOn) OutcomeOf((FunnelStage Stage, DateTime On)[] moves)
    {
        if (moves.Any(move => move.Stage is FunnelStage.Sql or FunnelStage.Won))
        {
            var first = moves.First(move => move.Stage is FunnelStage.Sql or FunnelStage.Won).On;
            return (moves.Any(move => move.Stage == FunnelStage.Won) ? LeadOutcome.Won : LeadOutcome.Sql, first);
        }

        // Only the last move tells whether the lead is closed: a nurtured lead that came back is open again.
        return moves.Length > 0 && moves[^1].Stage is FunnelStage.Disqualified or FunnelStage.Excluded or FunnelStage.Nurture
            ? (LeadOutcome.None, moves[^1].On)
            : (LeadOutcome.Open, null);
    }
}
