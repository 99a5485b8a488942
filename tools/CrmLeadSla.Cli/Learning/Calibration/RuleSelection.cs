using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Cli.Learning.Calibration;

/// <summary>
/// Which candidate rules earn a place in the proposed model. A rule whose matching decided leads hold fewer than
/// <see cref="FewestPerOutcome"/> of either outcome is left out before fitting: its weight would rest on a handful of
/// leads. After each fit, rules worth fewer than <see cref="FewestPoints"/> points (in either direction) are left out
/// and the rest fitted again, since the points people read should each mean something (3 points change a lead's odds
/// by about a tenth).
/// </summary>
internal static class RuleSelection
{
    /// <summary>The fewest points a kept rule is worth, either way.</summary>
    public const int FewestPoints = 3;

    /// <summary>The fewest converted and fewest not-converted decided leads a rule must match to be learnt.</summary>
    public const int FewestPerOutcome = 5;

    // Each refit can leave more rules under the bar; a few rounds settle it.
    private const int MostRounds = 5;

    /// <summary>The kept candidates with their points, and the dropped ones with why.</summary>
    /// <param name="candidates">The candidate rules.</param>
    /// <param name="features">One row per training lead, one value per candidate (behaviour already capped).</param>
    /// <param name="converted">Each training lead's outcome.</param>
    /// <param name="penalty">The fit's L2 penalty.</param>
    public static (IReadOnlyList<(ScoringRule Rule, int Index, int Points)> Kept, IReadOnlyList<DroppedRule> Dropped) Of(
        IReadOnlyList<ScoringRule> candidates, double[][] features, bool[] converted, double penalty)
    {
        var dropped = new List<DroppedRule>();
        var active = new List<int>();
        for (var j = 0; j < candidates.Count; j++)
        {
            var matching = Enumerable.Range(0, features.Length).Where(i => features[i][j] > 0).ToArray();
            var positives = matching.Count(i => converted[i]);
            var negatives = matching.Length - positives;
            if (positives < FewestPerOutcome || negatives < FewestPerOutcome)
            {
                dropped.Add(new DroppedRule(candidates[j], RuleDropReason.TooFewLeads, 0, positives, negatives));
            }
            else
            {
                active.Add(j);
            }
        }

        for (var round = 1; active.Count > 0; round++)
        {
            var fit = LogisticRegression.Fit(features.Select(row => active.Select(j => row[j]).ToArray()).ToArray(), converted, penalty);
            var points = active.Select((j, k) => (Index: j, Points: PointScale.PointsFor(fit.Weights[k]))).ToArray();
            var small = points.Where(entry => Math.Abs(entry.Points) < FewestPoints).ToArray();
            dropped.AddRange(small.Select(entry => new DroppedRule(candidates[entry.Index], RuleDropReason.Negligible, entry.Points, 0, 0)));
            var kept = points.Where(entry => Math.Abs(entry.Points) >= FewestPoints).ToArray();
            if (small.Length == 0 || round == MostRounds)
            {
                return (kept.Select(entry => (candidates[entry.Index], entry.Index, entry.Points)).ToArray(), dropped);
            }

            active = kept.Select(entry => entry.Index).ToList();
        }

        return ([], dropped);
    }
}

/// <summary>Why a candidate rule was left out of the proposed model.</summary>
public enum RuleDropReason
{
    /// <summary>Its leads hold too few of one outcome to learn a weight from.</summary>
    TooFewLeads,

    /// <summary>It was worth fewer than 3 points either way.</summary>
    Negligible,
}

/// <summary>A candidate rule left out of the proposed model, and why.</summary>
/// <param name="Rule">The candidate.</param>
/// <param name="Reason">Why it was left out.</param>
/// <param name="Points">What it was worth when it was left out (<see cref="RuleDropReason.Negligible"/>).</param>
/// <param name="Converted">Converted decided leads it matched (<see cref="RuleDropReason.TooFewLeads"/>).</param>
/// <param name="NotConverted">Not-converted decided leads it matched (<see cref="RuleDropReason.TooFewLeads"/>).</param>
public sealed record DroppedRule(ScoringRule Rule, RuleDropReason Reason, int Points, int Converted, int NotConverted);
