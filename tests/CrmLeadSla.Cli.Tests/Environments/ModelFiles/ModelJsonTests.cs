using CrmLeadSla.Cli.Environments.ModelFiles;
using CrmLeadSla.Cli.Tests.Learning.Calibration;
using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Cli.Tests.Environments.ModelFiles;

[UseCulture("en-US")]
public class ModelJsonTests
{
    [Fact]
    public void A_model_written_to_JSON_reads_back_with_the_same_settings_and_rules()
    {
        var model = SyntheticHistory.TrueModel with
        {
            Rules = [.. SyntheticHistory.TrueModel.Rules, new ScoringRule(Guid.NewGuid(), "Budget known", RuleCategory.Fit, 5)
            {
                Attribute = "budgetamount", Operator = RuleOperator.IsSet, Group = "BANT", GroupLogic = GroupLogic.Any, IsActive = false,
            }],
        };

        var read = ModelJson.Read(ModelJson.Write(model));

        Assert.Equal(model.Name, read.Name);
        Assert.Equal(model.Settings, read.Settings);
        Assert.Equal(model.Rules.Select(rule => rule with { Id = Guid.Empty }), read.Rules.Select(rule => rule with { Id = Guid.Empty }));
    }

    [Fact]
    public void Rules_are_written_with_readable_names_for_operators_types_and_grades()
    {
        var json = ModelJson.Write(SyntheticHistory.TrueModel);

        Assert.Contains("\"operator\": \"ContainsAnyKeyword\"", json, StringComparison.Ordinal);
        Assert.Contains("\"interactionType\": \"WebinarAttendance\"", json, StringComparison.Ordinal);
        Assert.Contains("\"mqlMinimumGrade\": \"B\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void In_English_a_model_files_problems_are_English_naming_the_rule_and_the_field_by_its_English_label()
    {
        var json = ModelJson.Write(SyntheticHistory.TrueModel).Replace("\"value\": \"7\"", "\"value\": \"seven\"", StringComparison.Ordinal);

        var refused = Assert.Throws<ModelFileException>(() => ModelJson.Read(json));

        Assert.Equal(["Rule 5 'Industry 7': Value 'seven' is not an option value. Enter the number of an option, such as 1, in Value (lsla_value)."], refused.Problems);
    }

    [Fact]
    public void A_model_file_with_unsound_rules_is_refused_with_every_problem_naming_the_rule_and_the_fix()
    {
        var json = ModelJson.Write(SyntheticHistory.TrueModel)
            .Replace("\"value\": \"7\"", "\"value\": \"seven\"", StringComparison.Ordinal)
            .Replace("\"valueTo\": \"999\"", "\"valueTo\": \"100\"", StringComparison.Ordinal);

        var refused = Assert.Throws<ModelFileException>(() => ModelJson.Read(json));

        Assert.Equal(2, refused.Problems.Count);
        Assert.Contains(refused.Problems, problem => problem.StartsWith("Rule 4 '250 to 999 employees':", StringComparison.Ordinal));
        Assert.Contains(refused.Problems, problem => problem.StartsWith("Rule 5 'Industry 7':", StringComparison.Ordinal) && problem.Contains("(lsla_value)", StringComparison.Ordinal));
    }

    [Fact]
    [UseCulture("de-DE")]
    public void In_German_a_model_files_problems_are_German_naming_the_rule_and_the_field_by_its_German_label()
    {
        var json = ModelJson.Write(SyntheticHistory.TrueModel).Replace("\"value\": \"7\"", "\"value\": \"seven\"", StringComparison.Ordinal);

        var refused = Assert.Throws<ModelFileException>(() => ModelJson.Read(json));

        Assert.Equal(["Regel 5 „Industry 7“: Der Wert „seven“ ist kein Optionswert. Geben Sie im Feld Wert (lsla_value) die Zahl einer Option ein, z. B. 1."], refused.Problems);
    }

    [Fact]
    public void Grade_thresholds_out_of_order_are_refused_as_the_configuration_plug_in_refuses_them()
    {
        var model = SyntheticHistory.TrueModel with { Settings = SyntheticHistory.TrueModel.Settings with { Thresholds = new GradeThresholds(30, 30, 0) } };

        var refused = Assert.Throws<ModelFileException>(() => ModelJson.Read(ModelJson.Write(model)));

        Assert.Contains(refused.Problems, problem => problem.Contains("Grade A needs more fit points than grade B", StringComparison.Ordinal));
    }

    [Fact]
    public void Broken_JSON_is_refused_with_its_line()
    {
        var refused = Assert.Throws<ModelFileException>(() => ModelJson.Read("{\n  \"name\": \"M\",\n  \"mqlThreshold\": fifty\n}"));

        Assert.StartsWith("Line 3,", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_property_is_refused_rather_than_ignored()
    {
        var json = ModelJson.Write(SyntheticHistory.TrueModel).Replace("\"mqlThreshold\"", "\"mqlTreshold\": 1,\n  \"mqlThreshold\"", StringComparison.Ordinal);

        var refused = Assert.Throws<ModelFileException>(() => ModelJson.Read(json));

        Assert.Contains("mqlTreshold", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_operator_name_is_refused()
    {
        var json = ModelJson.Write(SyntheticHistory.TrueModel).Replace("\"ContainsAnyKeyword\"", "\"HasKeyword\"", StringComparison.Ordinal);

        Assert.Throws<ModelFileException>(() => ModelJson.Read(json));
    }
}
