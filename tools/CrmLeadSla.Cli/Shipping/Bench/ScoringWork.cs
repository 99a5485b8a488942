using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Scoring;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.Cli.Shipping.Bench;

/// <summary>
/// The pure scoring work of one event, without any service: a compiled model of N fit rules, the benchmark lead's
/// columns, and a behaviour state after 1,000 earlier interactions.
/// </summary>
public sealed class ScoringWork
{
    private static readonly DateTime Now = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    private readonly ScoringModel model;
    private readonly Entity row;
    private readonly ColumnValues lead;
    private readonly List<Interaction> history;
    private readonly BehaviourState state;
    private readonly Interaction webinar = new(InteractionType.WebinarAttendance, Now);

    /// <summary>Compiles the model of <paramref name="fitRules"/> fit rules and replays the history once.</summary>
    public ScoringWork(int fitRules)
    {
        model = ScoringModel.Compile(BenchRules.Settings, BenchRules.Of(fitRules), ScorableColumns.Lead, ScorableColumns.Interaction);
        row = BenchRules.Lead(Guid.NewGuid());
        lead = RecordColumns.Of(row, model.Fit.Columns);
        history = Enumerable.Range(0, 1000).Select(minute => new Interaction(InteractionType.WebsiteVisit, Now.AddMinutes(-minute))).ToList();
        state = model.Behaviour.Recompute(history, Now);
    }

    /// <summary>The fit score of the lead.</summary>
    public object FitScore() => model.Fit.ScoreOf(lead);

    /// <summary>The lead's columns read from its row (each text folded once), then its fit score: what the lead step does per save.</summary>
    public object ReadAndFitScore() => model.Fit.ScoreOf(RecordColumns.Of(row, model.Fit.Columns));

    /// <summary>A webinar added to the stored state: what the interaction step does.</summary>
    public object BehaviourAdded() => model.Behaviour.Add(state, webinar, Now);

    /// <summary>Every interaction replayed with the webinar: what the naive baseline does.</summary>
    public object BehaviourReplayed() => model.Behaviour.Recompute(history.Append(webinar), Now);
}
