using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Cli.Learning.Calibration;

/// <summary>
/// Chooses the MQL criterion — the lowest grade and the behaviour points a lead needs — for the goal, by trying
/// every grade and every threshold a person would sign: a multiple of 5, and at least what one interaction of the
/// least rewarded kind gives (rounded up), so no lead is handed over without having done anything (never "0 behaviour
/// points").
/// </summary>
internal static class MqlChoice
{
    private const int Step = 5;

    /// <summary>The lowest threshold a person would accept for a model whose behaviour rules give these points per interaction.</summary>
    public static int LowestThreshold(IEnumerable<int> behaviourPoints)
    {
        var rewarded = behaviourPoints.Where(points => points > 0).DefaultIfEmpty(Step).Min();
        return (rewarded + Step - 1) / Step * Step;
    }

    /// <summary>The criterion that serves the goal best on the scored leads.</summary>
    /// <param name="leads">Each lead's grade and behaviour points, and its outcome when decided (null when open).</param>
    /// <param name="goal">What the criterion is for.</param>
    /// <param name="leadsPerMonth">New leads a month, to turn a share of leads into MQLs a month.</param>
    /// <param name="lowestThreshold">The lowest behaviour threshold to try (<see cref="LowestThreshold"/>).</param>
    public static (Grade? MinimumGrade, int Threshold) For(IReadOnlyList<(Grade Grade, int Behaviour, bool? Converted)> leads, CalibrationGoal goal, double leadsPerMonth, int lowestThreshold)
    {
        var positives = leads.Count(lead => lead.Converted == true);
        var highest = Math.Max(lowestThreshold, leads.Max(lead => lead.Behaviour) + Step);
        var thresholds = Enumerable.Range(0, ((highest - lowestThreshold) / Step) + 1).Select(step => lowestThreshold + (step * Step)).ToArray();
        var options = new List<Option>();
        foreach (var grade in new Grade?[] { null, Grade.C, Grade.B, Grade.A })
        {
            foreach (var threshold in thresholds)
            {
                var settings = new ModelSettings(new GradeThresholds(2, 1, 0), threshold) { MqlMinimumGrade = grade };
                var selected = leads.Where(lead => settings.QualifiesAsMql(lead.Grade, lead.Behaviour)).ToArray();
                var decided = selected.Count(lead => lead.Converted.HasValue);
                var caught = selected.Count(lead => lead.Converted == true);
                options.Add(new Option(grade, threshold, selected.Length / (double)leads.Count * leadsPerMonth, decided == 0 ? 0 : caught / (double)decided, positives == 0 ? 0 : caught / (double)positives));
            }
        }

        var best = goal.CapacityPerMonth is double capacity
            ? options.Where(option => option.PerMonth <= capacity).OrderByDescending(option => option.Recall).ThenBy(option => option.PerMonth).First()
            : goal.Precision is double precision
                ? options.Where(option => option.Precision >= precision && option.Recall > 0).OrderByDescending(option => option.Recall).FirstOrDefault()
                    ?? options.Where(option => option.Recall > 0).OrderByDescending(option => option.Precision).First()
                : options.OrderByDescending(option => option.F1).First();
        return (best.Grade, best.Threshold);
    }

    private sealed record Option(Grade? Grade, int Threshold, double PerMonth, double Precision, double Recall)
    {
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }
}
