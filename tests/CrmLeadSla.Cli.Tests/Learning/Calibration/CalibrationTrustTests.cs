using System.Globalization;
using CrmLeadSla.Cli.Learning.Calibration;
using CrmLeadSla.Cli.Learning.History;
using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Cli.Tests.Learning.Calibration;

/// <summary>What makes a calibration something a marketer can sign: how much history it needs, how skewed the history is, which rules are left out and why, an MQL threshold a person would accept.</summary>
public class CalibrationTrustTests
{
    private static readonly Lazy<IReadOnlyList<HistoryLead>> History = new(() => SyntheticHistory.Draw(2000, seed: 5));
    private static readonly Lazy<CalibrationResult> Calibrated = new(() => HistoryCalibration.Run(History.Value, new CalibrationOptions(), null));

    [Fact]
    public void A_history_too_small_is_refused_with_how_much_more_is_needed_and_how_to_get_it()
    {
        var small = History.Value.Where(lead => !lead.Converted).Take(30).Concat(History.Value.Where(lead => lead.Converted).Take(100)).ToArray();

        var refused = Assert.Throws<CalibrationRefusedException>(() => HistoryCalibration.Run(small, new CalibrationOptions(), null));

        Assert.Contains("0 more that reached SQL and 10 more that did not", refused.Message, StringComparison.Ordinal);
        Assert.Contains("that is about 174 leads over", refused.Message, StringComparison.Ordinal);
        Assert.Contains("leadsla simulate --leads 3000 --days 180 --out sim", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_gives_the_base_rate_of_decided_leads_that_reached_SQL()
    {
        var report = Calibrated.Value.Report;

        var text = Text(Calibrated.Value);

        Assert.Equal(report.Converted / (double)report.Decided, report.BaseRate, 6);
        Assert.Contains($"Base rate: {(report.BaseRate * 100).ToString("0.0", CultureInfo.InvariantCulture)} % of decided leads reached SQL.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("extreme", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_history_decided_only_after_hand_over_is_warned_about_as_extreme()
    {
        // As in a gated funnel: most leads that did not convert were never decided, so nearly every decided lead converted.
        var notConverted = 0;
        var gated = History.Value.Select(lead => lead.Outcome == LeadOutcome.None && ++notConverted > 60 ? lead with { Outcome = LeadOutcome.Open } : lead).ToArray();

        var result = HistoryCalibration.Run(gated, new CalibrationOptions(), null);

        Assert.True(result.Report.BaseRateIsExtreme);
        Assert.Contains("Warning: that is extreme. Almost every decided lead converted", Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_worth_under_three_points_are_left_out_and_named()
    {
        var result = Calibrated.Value;
        var negligible = result.Report.Dropped.Where(rule => rule.Reason == RuleDropReason.Negligible).ToArray();

        Assert.NotEmpty(negligible);
        Assert.All(negligible, rule => Assert.InRange(rule.Points, -2, 2));
        Assert.All(result.Proposed.Rules, rule => Assert.True(Math.Abs(rule.Points) >= 3, $"{rule.Name} {rule.Points}"));
        Assert.Contains($"Left out, worth under 3 points either way: {negligible[0].Rule.Name}", Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_matched_by_too_few_leads_of_one_outcome_is_left_out_with_its_counts()
    {
        // Forty leads with a title of their own, every one of them converted: a weight learnt from them would be a guess.
        var history = History.Value.Select((lead, index) => index < 40
            ? lead with { Columns = lead.Columns.With("jobtitle", ColumnValue.Text("Chief Happiness Officer")), Outcome = LeadOutcome.Won }
            : lead).ToArray();

        var result = HistoryCalibration.Run(history, new CalibrationOptions(), null);

        var dropped = Assert.Single(result.Report.Dropped, rule => rule.Rule.Name == "Job title: happiness");
        Assert.Equal((RuleDropReason.TooFewLeads, 0), (dropped.Reason, dropped.NotConverted));
        Assert.DoesNotContain(result.Proposed.Rules, rule => rule.Name == "Job title: happiness");
        Assert.Contains("Job title: happiness ", Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public void The_MQL_threshold_is_never_zero_behaviour_points_even_when_sales_could_take_every_lead()
    {
        var result = HistoryCalibration.Run(History.Value, new CalibrationOptions { Goal = CalibrationGoal.Parse("capacity:100000/month") }, null);

        var threshold = result.Proposed.Settings.MqlThreshold;
        var weakest = result.Proposed.Rules.Where(rule => rule.Category == RuleCategory.Behaviour && rule.Points > 0).Min(rule => rule.Points);
        Assert.True(threshold >= weakest, $"threshold {threshold}, weakest behaviour rule {weakest}");
        Assert.Equal(0, threshold % 5);
    }

    [Fact]
    public void The_MQL_criterion_comes_with_its_hand_overs_a_month_on_the_history()
    {
        var result = Calibrated.Value;
        var model = result.Proposed.Compile();
        var months = (History.Value.Max(lead => lead.CreatedOn) - History.Value.Min(lead => lead.CreatedOn)).TotalDays / (365.25 / 12);
        var expected = History.Value.Count(lead => Cli.Learning.WhatIf.WhatIfScoring.Score(model, lead).QualifiesAsMql) / months;

        Assert.Equal(expected, result.Report.HandOversPerMonth, 6);
        Assert.Contains($"behaviour points — about {expected.ToString("0.0", CultureInfo.InvariantCulture)} hand-overs a month on this history", Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_speaks_German_with_German_numbers_to_a_German_user()
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        string text;
        try
        {
            text = Text(Calibrated.Value);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }

        Assert.Contains($"Grundquote: {(Calibrated.Value.Report.BaseRate * 100).ToString("0.0", CultureInfo.GetCultureInfo("de-DE"))} % der entschiedenen Leads erreichten SQL.", text, StringComparison.Ordinal);
        Assert.Contains("Übergaben im Monat in dieser Historie; gewählt für Präzision und Trefferquote ausgewogen (F1)", text, StringComparison.Ordinal);
        Assert.Contains("Weggelassen, weniger als 3 Punkte wert:", text, StringComparison.Ordinal);
    }

    private static string Text(CalibrationResult result)
    {
        using var output = new StringWriter();
        CalibrationReportText.Write(output, result);
        return output.ToString();
    }
}
