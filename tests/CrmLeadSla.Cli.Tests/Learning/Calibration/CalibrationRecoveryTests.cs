using CrmLeadSla.Cli.Learning.Calibration;
using CrmLeadSla.Cli.Learning.History;
using CrmLeadSla.Plugins.Domain.Scoring;
using Xunit.Abstractions;

namespace CrmLeadSla.Cli.Tests.Learning.Calibration;

public class CalibrationRecoveryTests(ITestOutputHelper output)
{
    private static readonly Lazy<CalibrationResult> Calibrated = new(() =>
        HistoryCalibration.Run(SyntheticHistory.Draw(6000, seed: 17), new CalibrationOptions(), SyntheticHistory.TrueModel));

    [Fact]
    public void Calibration_recovers_the_ordering_of_the_true_rule_weights()
    {
        var proposed = Calibrated.Value.Proposed.Rules;
        var truth = SyntheticHistory.TrueModel.Rules;
        var learnt = truth.Select(rule => (double)(proposed.FirstOrDefault(candidate => SameCondition(candidate, rule))?.Points ?? 0)).ToArray();
        foreach (var (rule, points) in truth.Zip(learnt))
        {
            output.WriteLine($"{rule.Name,-24} true {rule.Points,4}  learnt {points,4}");
        }

        Assert.True(Spearman(truth.Select(rule => (double)rule.Points).ToArray(), learnt) >= 0.9);
    }

    [Fact]
    public void Calibrated_model_ranks_held_out_leads_within_two_hundredths_of_AUC_of_the_true_model()
    {
        var report = Calibrated.Value.Report;
        output.WriteLine($"AUC proposed {report.Proposed.Auc:0.0000}, true {report.Current!.Auc:0.0000}");

        Assert.InRange(report.Proposed.Auc, report.Current.Auc - 0.02, 1);
    }

    private static bool SameCondition(ScoringRule candidate, ScoringRule rule) =>
        candidate.Category == rule.Category
        && candidate.InteractionType == rule.InteractionType
        && string.Equals(candidate.Attribute, rule.Attribute, StringComparison.OrdinalIgnoreCase)
        && candidate.Operator == rule.Operator
        && string.Equals(candidate.Value, rule.Value, StringComparison.OrdinalIgnoreCase)
        && string.Equals(candidate.ValueTo, rule.ValueTo, StringComparison.OrdinalIgnoreCase);

    private static double Spearman(double[] first, double[] second)
    {
        double[] Ranks(double[] values) => values.Select(v => values.Count(w => w < v) + ((values.Count(w => w == v) + 1) / 2.0)).ToArray();
        var a = Ranks(first);
        var b = Ranks(second);
        var (meanA, meanB) = (a.Average(), b.Average());
        var covariance = a.Zip(b, (x, y) => (x - meanA) * (y - meanB)).Sum();
        return covariance / Math.Sqrt(a.Sum(x => (x - meanA) * (x - meanA)) * b.Sum(y => (y - meanB) * (y - meanB)));
    }
}
