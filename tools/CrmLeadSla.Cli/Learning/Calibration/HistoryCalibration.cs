using CrmLeadSla.Cli.Learning.History;
using CrmLeadSla.Cli.Environments.ModelFiles;
using CrmLeadSla.Cli.Learning.WhatIf;
using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Cli.Learning.Calibration;

/// <summary>
/// Learns a scoring model of ordinary rules from a lead history: candidate rules from the training leads, an
/// L2-regularised logistic regression of reaching SQL on what each rule gives, weights turned into whole points,
/// grade thresholds from the spread of fit points, and the MQL criterion for the goal — then measured on a quarter
/// of the leads it never saw, next to the current model.
/// </summary>
public static class HistoryCalibration
{
    /// <summary>Fewest converted and fewest not-converted leads to learn from (as Dynamics 365's predictive scoring asks).</summary>
    public const int FewestPerOutcome = 40;

    /// <summary>The simulation that writes enough history to calibrate from (docs/calibration.md, "On the simulator's history").</summary>
    public const string SimulatedHistory = "--leads 3000 --days 180";

    private const int DefaultHalfLifeDays = 30;
    private const double DaysPerMonth = 365.25 / 12;

    /// <summary>Calibrates; throws <see cref="CalibrationRefusedException"/> when the history is too small or one-sided.</summary>
    public static CalibrationResult Run(IReadOnlyList<HistoryLead> history, CalibrationOptions options, ModelDefinition? current)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);
        CheckEnough(history);
        var heldOut = history.Where(IsHeldOut).ToArray();
        var training = history.Where(lead => !IsHeldOut(lead) && lead.Decided).ToArray();
        if (heldOut.Count(lead => lead.Converted) == 0 || heldOut.Count(lead => lead.Decided && !lead.Converted) == 0)
        {
            throw new CalibrationRefusedException(UserLanguage.Pick(
                $"The held-out quarter of the leads lacks converted or not-converted leads to measure on. Add decided leads: at least {FewestPerOutcome} of each outcome, better several hundred.",
                $"Dem zurückgehaltenen Viertel der Leads fehlen Leads mit oder ohne SQL zum Messen. Ergänzen Sie entschiedene Leads: mindestens {FewestPerOutcome} jedes Ergebnisses, besser mehrere Hundert."));
        }

        var halfLife = options.HalfLifeDays ?? current?.Settings.DecayHalfLifeDays ?? DefaultHalfLifeDays;
        var candidates = CandidateRules.From(training, options.OptionLabel);
        var features = FeatureMatrix.Of(candidates, training, halfLife).Rows;
        var caps = BehaviourCaps(candidates, features);
        var capped = features.Select(row => row.Select((value, j) => caps[j] is double cap ? Math.Min(value, cap) : value).ToArray()).ToArray();
        var (kept, dropped) = RuleSelection.Of(candidates, capped, training.Select(lead => lead.Converted).ToArray(), options.Penalty);
        var rules = kept
            .Select(entry => entry.Rule with
            {
                Points = entry.Points,
                MaxPoints = caps[entry.Index] is double cap ? (int)Math.Ceiling(Math.Abs(entry.Points) * cap) : null,
            })
            .ToArray();

        var leadsPerMonth = history.Count / Months(history);
        var draft = new ModelDefinition(options.Name, new ModelSettings(new GradeThresholds(2, 1, 0), 0) { DecayHalfLifeDays = halfLife }, rules).Compile();
        var trainingScores = history.Where(lead => !IsHeldOut(lead)).Select(lead => (Lead: lead, Score: WhatIfScoring.Score(draft, lead))).ToArray();
        var thresholds = GradeThresholdsFor(trainingScores.Select(entry => entry.Score.Fit.Points).ToArray());
        var graded = trainingScores
            .Select(entry => (thresholds.GradeFor(entry.Score.Fit.Points), entry.Score.Behaviour.Points, entry.Lead.Decided ? entry.Lead.Converted : (bool?)null))
            .ToArray();
        var lowest = MqlChoice.LowestThreshold(rules.Where(rule => rule.Category == RuleCategory.Behaviour).Select(rule => rule.Points));
        var (minimumGrade, mqlThreshold) = MqlChoice.For(graded, options.Goal, leadsPerMonth, lowest);
        var settings = new ModelSettings(thresholds, mqlThreshold) { MqlMinimumGrade = minimumGrade, DecayHalfLifeDays = halfLife };
        var proposed = new ModelDefinition(options.Name, settings, rules).InReadingOrder();
        var compiled = proposed.Compile();

        var report = new CalibrationReport(
            history.Count,
            history.Count(lead => lead.Decided),
            history.Count(lead => lead.Converted),
            training.Length,
            heldOut.Length,
            leadsPerMonth,
            candidates.Count,
            settings,
            options.Goal,
            ModelEvaluation.Of(compiled, heldOut, leadsPerMonth))
        {
            Dropped = dropped,
            HandOversPerMonth = ModelEvaluation.Of(compiled, history, leadsPerMonth).Mql.PerMonth,
            CurrentName = current?.Name,
            Current = current is null ? null : ModelEvaluation.Of(current.Compile(), heldOut, leadsPerMonth),
        };
        return new CalibrationResult(proposed, report);
    }

    /// <summary>Whether the lead is one of the quarter kept aside to measure on: a stable hash of its id, so a rerun splits alike.</summary>
    public static bool IsHeldOut(HistoryLead lead)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var hash = 2166136261u;
        foreach (var c in lead.LeadId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash % 4 == 0;
    }

    private static void CheckEnough(IReadOnlyList<HistoryLead> history)
    {
        var decided = history.Count(lead => lead.Decided);
        var converted = history.Count(lead => lead.Converted);
        var notConverted = decided - converted;
        if (decided > 0 && (converted == 0 || notConverted == 0))
        {
            throw new CalibrationRefusedException(UserLanguage.Pick(
                $"Every decided lead has the same outcome ({(converted == 0 ? "none reached SQL" : "all reached SQL")}), so there is nothing to tell apart. " +
                $"The outcome column needs both: won or sql for leads that reached SQL, none for leads that did not — at least {FewestPerOutcome} of each.",
                $"Alle entschiedenen Leads haben dasselbe Ergebnis ({(converted == 0 ? "keiner erreichte SQL" : "alle erreichten SQL")}), es gibt also nichts zu unterscheiden. " +
                $"Die Spalte outcome braucht beides: won oder sql für Leads, die SQL erreichten, none für die übrigen — mindestens {FewestPerOutcome} von jedem."));
        }

        if (converted < FewestPerOutcome || notConverted < FewestPerOutcome)
        {
            throw new CalibrationRefusedException(TooLittle(history, converted, notConverted));
        }
    }

    // How much is missing, how much history that is at this history's pace, and where to get it.
    private static string TooLittle(IReadOnlyList<HistoryLead> history, int converted, int notConverted)
    {
        var open = history.Count(lead => !lead.Decided);
        var (moreConverted, moreNotConverted) = (Math.Max(0, FewestPerOutcome - converted), Math.Max(0, FewestPerOutcome - notConverted));
        var factor = Math.Max(FewestPerOutcome / (double)Math.Max(1, converted), FewestPerOutcome / (double)Math.Max(1, notConverted));
        var months = history.Count == 0 ? 0 : Months(history);
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        var scale = history.Count == 0
            ? string.Empty
            : UserLanguage.Pick(
                $" At this history's pace that is about {Math.Ceiling(factor * history.Count).ToString("N0", culture)} leads over {(factor * months).ToString("0.#", culture)} months (this one: {history.Count.ToString("N0", culture)} over {months.ToString("0.#", culture)}).",
                $" Im Tempo dieser Historie sind das etwa {Math.Ceiling(factor * history.Count).ToString("N0", culture)} Leads über {(factor * months).ToString("0.#", culture)} Monate (diese: {history.Count.ToString("N0", culture)} über {months.ToString("0.#", culture)}).");
        return UserLanguage.Pick(
            $"Too little history to learn from: {converted} leads reached SQL and {notConverted} did not ({open} still open). " +
            $"Calibration needs at least {FewestPerOutcome} decided leads of each outcome — {moreConverted} more that reached SQL and {moreNotConverted} more that did not; several hundred make the points steadier.{scale} " +
            $"To get it: export a longer period of your environment (leadsla export --url … --out …), or, to try calibration on simulated leads, simulate a larger and longer market: " +
            $"leadsla simulate {SimulatedHistory} --out sim, then leadsla calibrate --history sim/history.csv. " +
            "A simulated lead is decided only once it is handed over and worked, so more days give more decided leads.",
            $"Zu wenig Historie zum Lernen: {converted} Leads erreichten SQL, {notConverted} nicht ({open} noch offen). " +
            $"Die Kalibrierung braucht mindestens {FewestPerOutcome} entschiedene Leads jedes Ergebnisses — {moreConverted} weitere, die SQL erreichten, und {moreNotConverted} weitere, die es nicht erreichten; mehrere Hundert machen die Punkte stabiler.{scale} " +
            $"So bekommen Sie sie: exportieren Sie einen längeren Zeitraum Ihrer Umgebung (leadsla export --url … --out …) oder simulieren Sie, um die Kalibrierung an simulierten Leads zu erproben, einen größeren und längeren Markt: " +
            $"leadsla simulate {SimulatedHistory} --out sim, dann leadsla calibrate --history sim/history.csv. " +
            "Ein simulierter Lead ist erst entschieden, wenn er übergeben und bearbeitet wurde; mehr Tage ergeben mehr entschiedene Leads.");
    }

    // A behaviour rule's decayed count is capped at what 95 % of the leads with such interactions stay under, so a
    // handful of heavy clickers do not set the points; the rule's cap (lsla_maxpoints) carries the same limit.
    private static double?[] BehaviourCaps(IReadOnlyList<ScoringRule> candidates, double[][] features) =>
        candidates.Select((rule, j) =>
        {
            if (rule.Category != RuleCategory.Behaviour)
            {
                return (double?)null;
            }

            var counts = features.Select(row => row[j]).Where(value => value > 0).Order().ToArray();
            return counts.Length == 0 ? 1 : Math.Max(1, counts[(int)(0.95 * (counts.Length - 1))]);
        }).ToArray();

    // Grades by the spread of fit points: A the top fifth, B the next 30 %, C the next 30 %, D the bottom fifth.
    private static GradeThresholds GradeThresholdsFor(int[] fitPoints)
    {
        var sorted = fitPoints.Order().ToArray();
        int At(double share) => sorted[(int)Math.Round(share * (sorted.Length - 1))];
        var a = At(0.8);
        var b = Math.Min(At(0.5), a - 1);
        var c = Math.Min(At(0.2), b - 1);
        return new GradeThresholds(a, b, c);
    }

    private static double Months(IReadOnlyList<HistoryLead> history)
    {
        var days = (history.Max(lead => lead.CreatedOn) - history.Min(lead => lead.CreatedOn)).TotalDays;
        return Math.Max(1, days / DaysPerMonth);
    }
}
