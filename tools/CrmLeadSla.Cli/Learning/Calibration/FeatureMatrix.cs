using CrmLeadSla.Cli.Learning.History;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Scoring;

namespace CrmLeadSla.Cli.Learning.Calibration;

/// <summary>
/// What each candidate rule gives each lead when it is worth one point, computed by the scoring domain itself:
/// a fit rule 1 or 0 (its compiled condition), a behaviour rule the lead's decayed count of matching interactions
/// (<see cref="BehaviourScoring.Recompute"/> as of when the lead is measured). So the learnt weights mean exactly
/// what the rules will score.
/// </summary>
internal sealed class FeatureMatrix
{
    private FeatureMatrix(double[][] rows) => Rows = rows;

    /// <summary>One row per lead, one value per candidate, in the candidates' order.</summary>
    public double[][] Rows { get; }

    /// <summary>The features of the leads under the candidates, behaviour decaying with the half-life.</summary>
    public static FeatureMatrix Of(IReadOnlyList<ScoringRule> candidates, IReadOnlyList<HistoryLead> leads, int? halfLifeDays)
    {
        var fit = candidates
            .Select(rule => rule.Category == RuleCategory.Fit
                ? Condition.Compile(rule.Attribute!, ScorableColumns.Lead.Find(rule.Attribute!)!, rule.Operator!.Value, rule.Value, rule.ValueTo)
                : null)
            .ToArray();
        var behaviour = ScoringModel.Compile(
            new ModelSettings(new GradeThresholds(2, 1, 0), 0) { DecayHalfLifeDays = halfLifeDays },
            candidates.Where(rule => rule.Category == RuleCategory.Behaviour),
            ScorableColumns.Lead,
            ScorableColumns.Interaction).Behaviour;
        var rows = leads.Select(lead =>
        {
            var state = behaviour.Recompute(lead.Interactions, lead.MeasuredOn);
            return candidates
                .Select((rule, index) => fit[index] is Condition condition ? (condition.Matches(lead.Columns) ? 1.0 : 0.0) : state.TotalOf(rule.Id))
                .ToArray();
        }).ToArray();
        return new FeatureMatrix(rows);
    }
}
