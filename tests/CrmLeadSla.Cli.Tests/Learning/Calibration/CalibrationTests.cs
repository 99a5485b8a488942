using CrmLeadSla.Cli.Learning.Calibration;
using CrmLeadSla.Cli.Learning.History;
using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Cli.Tests.Learning.Calibration;

public class CalibrationTests
{
    private static readonly Lazy<IReadOnlyList<HistoryLead>> History = new(() => SyntheticHistory.Draw(2000, seed: 3));

    [Fact]
    public void A_history_with_too_few_converted_leads_is_refused_saying_how_many_are_needed()
    {
        var converted = History.Value.Where(lead => lead.Converted).Take(39);
        var history = History.Value.Where(lead => !lead.Converted).Concat(converted).ToArray();

        var refused = Assert.Throws<CalibrationRefusedException>(() => HistoryCalibration.Run(history, new CalibrationOptions(), null));

        Assert.Contains("39 leads reached SQL", refused.Message, StringComparison.Ordinal);
        Assert.Contains("at least 40 decided leads of each outcome — 1 more that reached SQL and 0 more that did not", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_history_whose_outcomes_are_all_the_same_is_refused_as_one_sided()
    {
        var history = History.Value.Select(lead => lead with { Outcome = LeadOutcome.None }).ToArray();

        var refused = Assert.Throws<CalibrationRefusedException>(() => HistoryCalibration.Run(history, new CalibrationOptions(), null));

        Assert.Contains("none reached SQL", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_leads_are_not_learnt_from()
    {
        var history = History.Value.Select((lead, index) => index % 2 == 0 ? lead with { Outcome = LeadOutcome.Open } : lead).ToArray();

        var report = HistoryCalibration.Run(history, new CalibrationOptions(), null).Report;

        Assert.Equal(history.Count(lead => lead.Decided && !HistoryCalibration.IsHeldOut(lead)), report.TrainingLeads);
    }

    [Fact]
    public void The_proposed_model_passes_the_configuration_plug_ins_validation()
    {
        var proposed = HistoryCalibration.Run(History.Value, new CalibrationOptions(), null).Proposed;

        Assert.Empty(proposed.Problems());
        Assert.NotEmpty(proposed.Rules);
    }

    [Fact]
    public void A_smaller_sales_capacity_raises_the_bar_and_keeps_the_MQLs_a_month_near_it()
    {
        var narrow = HistoryCalibration.Run(History.Value, new CalibrationOptions { Goal = CalibrationGoal.Parse("capacity:20/month") }, null).Report;
        var wide = HistoryCalibration.Run(History.Value, new CalibrationOptions { Goal = CalibrationGoal.Parse("capacity:80/month") }, null).Report;

        Assert.True(narrow.Proposed.Mql.PerMonth < wide.Proposed.Mql.PerMonth);
        Assert.InRange(narrow.Proposed.Mql.PerMonth, 1, 20 * 1.25);
        Assert.InRange(wide.Proposed.Mql.PerMonth, 20, 80 * 1.25);
    }

    [Fact]
    public void A_precision_goal_hands_over_leads_that_mostly_reach_SQL()
    {
        var report = HistoryCalibration.Run(History.Value, new CalibrationOptions { Goal = CalibrationGoal.Parse("precision:60%") }, null).Report;

        Assert.True(report.Proposed.Mql.Precision >= 0.5, $"held-out precision {report.Proposed.Mql.Precision}");
        Assert.True(report.Proposed.Mql.Precision > report.Converted / (double)report.Decided);
    }

    [Fact]
    public void Without_a_current_model_the_report_has_no_comparison()
    {
        var report = HistoryCalibration.Run(History.Value, new CalibrationOptions(), null).Report;

        Assert.Null(report.Current);
        Assert.Equal(10, report.Proposed.LiftPerDecile.Count);
        Assert.True(report.Proposed.LiftPerDecile[0] > 1.5 && report.Proposed.LiftPerDecile[9] < 0.7);
    }

    [Fact]
    public void The_report_sets_the_proposed_model_beside_the_current_one()
    {
        var result = HistoryCalibration.Run(History.Value, new CalibrationOptions(), SyntheticHistory.TrueModel);
        using var output = new StringWriter();

        CalibrationReportText.Write(output, result);

        var text = output.ToString();
        Assert.Contains("Held-out leads, proposed vs current 'True model':", text, StringComparison.Ordinal);
        Assert.Contains("lift, decile 10", text, StringComparison.Ordinal);
        Assert.Contains("expected MQLs a month", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_half_life_of_the_current_model_is_kept_unless_another_is_asked_for()
    {
        var current = SyntheticHistory.TrueModel with { Settings = SyntheticHistory.TrueModel.Settings with { DecayHalfLifeDays = 45 } };

        var kept = HistoryCalibration.Run(History.Value, new CalibrationOptions(), current).Proposed;
        var asked = HistoryCalibration.Run(History.Value, new CalibrationOptions { HalfLifeDays = 14 }, current).Proposed;

        Assert.Equal((45, 14), (kept.Settings.DecayHalfLifeDays, asked.Settings.DecayHalfLifeDays));
    }

    [Theory]
    [InlineData("capacity:120/month", 120.0, null)]
    [InlineData("capacity:35", 35.0, null)]
    [InlineData("precision:0.4", null, 0.4)]
    [InlineData("precision:40%", null, 0.4)]
    public void Goals_are_read_as_capacity_or_precision(string text, double? capacity, double? precision)
    {
        var goal = CalibrationGoal.Parse(text);

        Assert.Equal(capacity, goal.CapacityPerMonth);
        Assert.Equal(precision, goal.Precision);
    }

    [Theory]
    [InlineData("capacity:-5")]
    [InlineData("precision:140%")]
    [InlineData("recall:0.5")]
    public void A_goal_that_is_not_understood_is_refused_with_the_forms_that_are(string text)
    {
        var refused = Assert.Throws<FormatException>(() => CalibrationGoal.Parse(text));

        Assert.Contains("capacity:N/month", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Grade_thresholds_fall_from_A_to_C_and_grade_A_converts_best()
    {
        var report = HistoryCalibration.Run(History.Value, new CalibrationOptions(), null).Report;

        Assert.True(report.Settings.Thresholds.A > report.Settings.Thresholds.B && report.Settings.Thresholds.B > report.Settings.Thresholds.C);
        var rates = report.Proposed.Grades.ToDictionary(grade => grade.Grade, grade => grade.Rate);
        Assert.True(rates[Grade.A] > rates[Grade.B] && rates[Grade.B] > rates[Grade.D]);
    }

    [Fact]
    public void Rules_on_a_choice_are_named_by_the_option_label_when_one_is_known()
    {
        var options = new CalibrationOptions { OptionLabel = (column, value) => column == "industrycode" && value == 7 ? "Consulting" : null };

        var rules = HistoryCalibration.Run(History.Value, options, null).Proposed.Rules;

        Assert.Contains(rules, rule => rule.Name == "Industry: Consulting" && rule.Value == "7");
        Assert.Contains(rules, rule => rule.Name.StartsWith("Lead source: ", StringComparison.Ordinal) && rule.Name == "Lead source: " + rule.Value);
    }
}
