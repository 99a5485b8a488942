using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Schema;
using CrmLeadSla.Plugins.Scoring;
using CrmLeadSla.Cli.WebApi;

namespace CrmLeadSla.Cli.Environments.ModelFiles;

/// <summary>A scoring model with its rules, as a file holds it and as the records in Dataverse hold it.</summary>
/// <param name="Name">The model's name (lsla_name).</param>
/// <param name="Settings">Grade thresholds, MQL criterion and decay.</param>
/// <param name="Rules">The rules, in the order they are listed.</param>
public sealed record ModelDefinition(string Name, ModelSettings Settings, IReadOnlyList<ScoringRule> Rules)
{
    /// <summary>
    /// Every problem the configuration plug-in would refuse, checked with the same <see cref="RuleValidation"/>
    /// against the same columns; each names the rule, the field and the fix, in the CLI's language
    /// (<see cref="UserLanguage"/>). Empty when the model can be saved.
    /// </summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add(UserLanguage.Pick("The model has no name. Enter one in \"name\".", "Das Modell hat keinen Namen. Geben Sie ihn in \"name\" an."));
        }

        var model = UserLanguage.Pick($"Model '{Name}'", $"Modell „{Name}“");
        problems.AddRange(RuleValidation.ProblemsWith(Settings).Select(problem => $"{model}: {problem.Message.In(UserLanguage.Wording, FieldColumns.ColumnOf)}"));
        for (var index = 0; index < Rules.Count; index++)
        {
            var rule = Rules[index];
            problems.AddRange(RuleValidation.ProblemsWith(rule, ScorableColumns.Lead, ScorableColumns.Interaction)
                .Select(problem => $"{UserLanguage.Pick($"Rule {index + 1} '{rule.Name}'", $"Regel {index + 1} „{rule.Name}“")}: {problem.Message.In(UserLanguage.Wording, FieldColumns.ColumnOf)}"));
        }

        return problems;
    }

    /// <summary>
    /// The same model with its rules in the order an export lists them (Dataverse keeps no order of its own):
    /// fit before behaviour, then by points, largest first, then by name.
    /// </summary>
    public ModelDefinition InReadingOrder() => this with
    {
        Rules = Rules
            .OrderBy(rule => rule.Category)
            .ThenByDescending(rule => rule.Points)
            .ThenBy(rule => rule.Name, StringComparer.Ordinal)
            .ToArray(),
    };

    /// <summary>The model compiled as the plug-ins compile it: the same columns, the same domain code.</summary>
    public ScoringModel Compile() => ScoringModel.Compile(Settings, Rules, ScorableColumns.Lead, ScorableColumns.Interaction);
}
