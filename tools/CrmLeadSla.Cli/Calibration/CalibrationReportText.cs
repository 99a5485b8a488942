using System.Globalization;
using CrmLeadSla.Cli.ModelFiles;
using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Cli.Calibration;

/// <summary>The calibration report as people read it: the proposed rules and the held-out measurements, side by side with the current model.</summary>
public static class CalibrationReportText
{
    /// <summary>Writes the report of <paramref name="result"/>.</summary>
    public static void Write(TextWriter output, CalibrationResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        var report = result.Report;
        var model = result.Proposed;
        output.WriteLine($"History: {report.Leads} leads, {report.Decided} decided, {report.Converted} reached SQL ({Percent(report.Converted, report.Decided)}); {Number(report.LeadsPerMonth)} new leads a month.");
        output.WriteLine($"Learnt from {report.TrainingLeads} decided leads; measured on {report.HeldOutLeads} held-out leads (a stable quarter by lead id).");
        output.WriteLine($"{report.Candidates} candidate rules; {model.Rules.Count} kept with points (20 points double the odds of reaching SQL).");
        output.WriteLine();
        output.WriteLine($"Proposed model '{model.Name}':");
        var settings = report.Settings;
        output.WriteLine($"  grades: A ≥ {settings.Thresholds.A}, B ≥ {settings.Thresholds.B}, C ≥ {settings.Thresholds.C} fit points; behaviour half-life {settings.DecayHalfLifeDays} days");
        output.WriteLine($"  MQL: {(settings.MqlMinimumGrade is Grade minimum ? $"grade {minimum} or better and " : string.Empty)}{settings.MqlThreshold} behaviour points — chosen for {report.Goal}");
        foreach (var rule in model.Rules)
        {
            var cap = rule.MaxPoints is int max ? $" (at most {max})" : string.Empty;
            var per = rule.Category == RuleCategory.Behaviour ? " per interaction" : string.Empty;
            output.WriteLine($"  {rule.Points,5:+0;-0}{per,-16} {rule.Name}{cap}");
        }

        output.WriteLine();
        output.WriteLine(report.Current is null ? "Held-out leads:" : $"Held-out leads, proposed vs current '{report.CurrentName}':");
        Row(output, "AUC (fit + behaviour points)", report, evaluation => Number(evaluation.Auc, "0.000"));
        for (var decile = 0; decile < 10; decile++)
        {
            Row(output, $"lift, decile {decile + 1}", report, evaluation => Number(evaluation.LiftPerDecile[decile], "0.00") + "×");
        }

        foreach (var grade in Enum.GetValues<Grade>())
        {
            Row(output, $"grade {grade}: leads, conversion", report, evaluation =>
            {
                var conversion = evaluation.Grades.Single(g => g.Grade == grade);
                return $"{conversion.Leads}, {Percent(conversion.Converted, conversion.Decided)}";
            });
        }

        Row(output, "MQLs (of held-out leads)", report, evaluation => $"{evaluation.Mql.Mqls} of {evaluation.Mql.Leads}");
        Row(output, "expected MQLs a month", report, evaluation => Number(evaluation.Mql.PerMonth));
        Row(output, "MQLs that reached SQL", report, evaluation => Percent(evaluation.Mql.ConvertedMqls, evaluation.Mql.DecidedMqls));
        Row(output, "SQLs caught as MQL", report, evaluation => Percent(evaluation.Mql.ConvertedMqls, evaluation.Mql.Converted));
    }

    private static void Row(TextWriter output, string label, CalibrationReport report, Func<ModelEvaluation, string> value) =>
        output.WriteLine(report.Current is ModelEvaluation current
            ? $"  {label,-32} {value(report.Proposed),14} {value(current),14}"
            : $"  {label,-32} {value(report.Proposed),14}");

    private static string Percent(int part, int whole) =>
        whole == 0 ? "–" : (part / (double)whole).ToString("0.0%", CultureInfo.InvariantCulture);

    private static string Number(double value, string format = "0.0") =>
        double.IsNaN(value) ? "–" : value.ToString(format, CultureInfo.InvariantCulture);
}
