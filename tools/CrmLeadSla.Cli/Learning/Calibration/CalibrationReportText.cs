using System.Globalization;
using CrmLeadSla.Cli.Environments.ModelFiles;
using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Cli.Learning.Calibration;

/// <summary>
/// The calibration report as people read it, in German or English (<see cref="UserLanguage"/>) with numbers in the
/// reader's culture: what the history holds and how far to trust it, the proposed rules and what was left out, the
/// MQL criterion with its hand-overs a month, and the held-out measurements beside the current model's.
/// </summary>
public static class CalibrationReportText
{
    // Rule names listed per reason before "and N more".
    private const int NamesListed = 8;

    /// <summary>Writes the report of <paramref name="result"/>.</summary>
    public static void Write(TextWriter output, CalibrationResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        var report = result.Report;
        var model = result.Proposed;
        output.WriteLine(UserLanguage.Pick(
            $"History: {report.Leads} leads, {report.Decided} decided, {report.Converted} reached SQL; {Number(report.LeadsPerMonth)} new leads a month.",
            $"Historie: {report.Leads} Leads, {report.Decided} entschieden, {report.Converted} erreichten SQL; {Number(report.LeadsPerMonth)} neue Leads im Monat."));
        output.WriteLine(UserLanguage.Pick(
            $"Base rate: {Percent(report.Converted, report.Decided)} of decided leads reached SQL.",
            $"Grundquote: {Percent(report.Converted, report.Decided)} der entschiedenen Leads erreichten SQL."));
        if (report.BaseRateIsExtreme)
        {
            output.WriteLine(report.BaseRate > 0.5
                ? UserLanguage.Pick(
                    "  Warning: that is extreme. Almost every decided lead converted, so the history was most likely decided only after a hand-over (a gated funnel): " +
                    "calibration then learns what the old MQL rule let through more than why leads buy. Record the outcome of leads that were not handed over too, or hand a random share over anyway.",
                    "  Achtung: das ist extrem. Fast jeder entschiedene Lead wurde SQL, die Historie wurde also vermutlich erst nach einer Übergabe entschieden (ein gesteuerter Trichter): " +
                    "die Kalibrierung lernt dann eher, was die alte MQL-Regel durchließ, als warum Leads kaufen. Erfassen Sie auch das Ergebnis nicht übergebener Leads oder übergeben Sie einen zufälligen Anteil trotzdem.")
                : UserLanguage.Pick(
                    "  Warning: that is extreme. So few decided leads converted that every rule rests on a handful of successes; the points will swing from one history to the next. Gather more converted leads before you sign the model.",
                    "  Achtung: das ist extrem. So wenige entschiedene Leads wurden SQL, dass jede Regel auf einer Handvoll Erfolge beruht; die Punkte schwanken von Historie zu Historie. Sammeln Sie mehr erfolgreiche Leads, bevor Sie das Modell unterschreiben."));
        }

        output.WriteLine(UserLanguage.Pick(
            $"Learnt from {report.TrainingLeads} decided leads; measured on {report.HeldOutLeads} held-out leads (a stable quarter by lead id).",
            $"Gelernt aus {report.TrainingLeads} entschiedenen Leads; gemessen an {report.HeldOutLeads} zurückgehaltenen Leads (ein festes Viertel nach Lead-ID)."));
        output.WriteLine(UserLanguage.Pick(
            $"{report.Candidates} candidate rules; {model.Rules.Count} kept with points (20 points double the odds of reaching SQL), {report.Dropped.Count} left out.",
            $"{report.Candidates} mögliche Regeln; {model.Rules.Count} mit Punkten behalten (20 Punkte verdoppeln die Chance auf SQL), {report.Dropped.Count} weggelassen."));
        WriteDropped(output, report.Dropped);
        output.WriteLine();
        output.WriteLine(UserLanguage.Pick($"Proposed model '{model.Name}':", $"Vorgeschlagenes Modell '{model.Name}':"));
        var settings = report.Settings;
        output.WriteLine(UserLanguage.Pick(
            $"  grades: A ≥ {settings.Thresholds.A}, B ≥ {settings.Thresholds.B}, C ≥ {settings.Thresholds.C} fit points; behaviour half-life {settings.DecayHalfLifeDays} days",
            $"  Noten: A ≥ {settings.Thresholds.A}, B ≥ {settings.Thresholds.B}, C ≥ {settings.Thresholds.C} Fit-Punkte; Halbwertszeit des Verhaltens {settings.DecayHalfLifeDays} Tage"));
        var grade = settings.MqlMinimumGrade is Grade minimum ? UserLanguage.Pick($"grade {minimum} or better and ", $"Note {minimum} oder besser und ") : string.Empty;
        output.WriteLine(UserLanguage.Pick(
            $"  MQL: {grade}at least {settings.MqlThreshold} behaviour points — about {Number(report.HandOversPerMonth)} hand-overs a month on this history; chosen for {report.Goal}",
            $"  MQL: {grade}mindestens {settings.MqlThreshold} Verhaltenspunkte — etwa {Number(report.HandOversPerMonth)} Übergaben im Monat in dieser Historie; gewählt für {report.Goal}"));
        if (report.HandOversPerMonth == 0)
        {
            output.WriteLine(UserLanguage.Pick(
                "  Warning: no lead of the history meets this criterion; behaviour did not tell converting leads apart. Look at the interactions the history records before you sign the model.",
                "  Achtung: kein Lead der Historie erfüllt dieses Kriterium; das Verhalten unterschied erfolgreiche Leads nicht. Prüfen Sie die Interaktionen der Historie, bevor Sie das Modell unterschreiben."));
        }

        foreach (var rule in model.Rules)
        {
            var cap = rule.MaxPoints is int max ? UserLanguage.Pick($" (at most {max})", $" (höchstens {max})") : string.Empty;
            var per = rule.Category == RuleCategory.Behaviour ? UserLanguage.Pick(" per interaction", " je Interaktion") : string.Empty;
            output.WriteLine($"  {rule.Points,5:+0;-0}{per,-16} {rule.Name}{cap}");
        }

        output.WriteLine();
        output.WriteLine(report.Current is null
            ? UserLanguage.Pick("Held-out leads:", "Zurückgehaltene Leads:")
            : UserLanguage.Pick($"Held-out leads, proposed vs current '{report.CurrentName}':", $"Zurückgehaltene Leads, vorgeschlagen gegen aktuell '{report.CurrentName}':"));
        Row(output, UserLanguage.Pick("AUC (fit + behaviour points)", "AUC (Fit- + Verhaltenspunkte)"), report, evaluation => Number(evaluation.Auc, "0.000"));
        for (var decile = 0; decile < 10; decile++)
        {
            Row(output, UserLanguage.Pick($"lift, decile {decile + 1}", $"Lift, Dezil {decile + 1}"), report, evaluation => Number(evaluation.LiftPerDecile[decile], "0.00") + "×");
        }

        foreach (var graded in Enum.GetValues<Grade>())
        {
            Row(output, UserLanguage.Pick($"grade {graded}: leads, conversion", $"Note {graded}: Leads, Quote"), report, evaluation =>
            {
                var conversion = evaluation.Grades.Single(g => g.Grade == graded);
                return $"{conversion.Leads}, {Percent(conversion.Converted, conversion.Decided)}";
            });
        }

        Row(output, UserLanguage.Pick("MQLs (of held-out leads)", "MQLs (der zurückgehaltenen)"), report, evaluation => UserLanguage.Pick($"{evaluation.Mql.Mqls} of {evaluation.Mql.Leads}", $"{evaluation.Mql.Mqls} von {evaluation.Mql.Leads}"));
        Row(output, UserLanguage.Pick("expected MQLs a month", "erwartete MQLs im Monat"), report, evaluation => Number(evaluation.Mql.PerMonth));
        Row(output, UserLanguage.Pick("MQLs that reached SQL", "MQLs, die SQL erreichten"), report, evaluation => Percent(evaluation.Mql.ConvertedMqls, evaluation.Mql.DecidedMqls));
        Row(output, UserLanguage.Pick("SQLs caught as MQL", "SQLs, die MQL waren"), report, evaluation => Percent(evaluation.Mql.ConvertedMqls, evaluation.Mql.Converted));
    }

    private static void WriteDropped(TextWriter output, IReadOnlyList<DroppedRule> dropped)
    {
        var negligible = dropped.Where(rule => rule.Reason == RuleDropReason.Negligible).ToArray();
        if (negligible.Length > 0)
        {
            output.WriteLine(UserLanguage.Pick(
                $"  Left out, worth under {RuleSelection.FewestPoints} points either way: {Names(negligible, rule => $"{rule.Rule.Name} {rule.Points:+0;-0;0}")}.",
                $"  Weggelassen, weniger als {RuleSelection.FewestPoints} Punkte wert: {Names(negligible, rule => $"{rule.Rule.Name} {rule.Points:+0;-0;0}")}."));
        }

        var rare = dropped.Where(rule => rule.Reason == RuleDropReason.TooFewLeads).ToArray();
        if (rare.Length > 0)
        {
            output.WriteLine(UserLanguage.Pick(
                $"  Left out, matched by fewer than {RuleSelection.FewestPerOutcome} decided leads of one outcome (reached SQL / did not): {Names(rare, rule => $"{rule.Rule.Name} {rule.Converted}/{rule.NotConverted}")}.",
                $"  Weggelassen, von weniger als {RuleSelection.FewestPerOutcome} entschiedenen Leads eines Ergebnisses getroffen (SQL / nicht): {Names(rare, rule => $"{rule.Rule.Name} {rule.Converted}/{rule.NotConverted}")}."));
        }
    }

    private static string Names(IReadOnlyList<DroppedRule> rules, Func<DroppedRule, string> name)
    {
        var listed = string.Join(", ", rules.Take(NamesListed).Select(name));
        return rules.Count > NamesListed ? listed + UserLanguage.Pick($" and {rules.Count - NamesListed} more", $" und {rules.Count - NamesListed} weitere") : listed;
    }

    private static void Row(TextWriter output, string label, CalibrationReport report, Func<ModelEvaluation, string> value) =>
        output.WriteLine(report.Current is ModelEvaluation current
            ? $"  {label,-32} {value(report.Proposed),14} {value(current),14}"
            : $"  {label,-32} {value(report.Proposed),14}");

    private static string Percent(int part, int whole) =>
        whole == 0 ? "–" : (part / (double)whole).ToString("0.0 %", CultureInfo.CurrentCulture);

    private static string Number(double value, string format = "0.0") =>
        double.IsNaN(value) ? "–" : value.ToString(format, CultureInfo.CurrentCulture);
}
