using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Plugins.Scoring;

namespace CrmLeadSla.Cli.ModelFiles;

/// <summary>A scoring model with its rules, as a file holds it and as the records in Dataverse hold it.</summary>
/// <param name="Name">The model's name (lsla_name).</param>
/// <param name="Settings">Grade thresholds, MQL criterion and decay.</param>
/// <param name="Rules">The rules, in the order they are listed.</param>
public sealed record ModelDefinition(string Name, ModelSettings Settings, IReadOnlyList<ScoringRule> Rules)
{
    /// <summary>
    /// Every problem the configuration plug-in would refuse, checked with the same <see cref="RuleValidation"/>
    /// against the same columns; each names the rule, the field and the fix. Empty when the model can be saved.
    /// </summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add("The model has no name. Enter one in \"name\".");
        }

        problems.AddRange(RuleValidation.ProblemsWith(Settings).Select(problem => $"Model '{Name}': {problem.Message}"));
        for (var index = 0; index < Rules.Count; index++)
        {
            var rule = Rules[index];
            problems.AddRange(RuleValidation.ProblemsWith(rule, ScorableColumns.Lead, ScorableColumns.Interaction)
                .Select(problem => $"Rule {index + 1} '{rule.Name}': {problem.Message}"));
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
