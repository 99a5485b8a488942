using System.Text.Json;
using System.Text.Json.Serialization;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Cli.WebApi;

namespace CrmLeadSla.Cli.Environments.ModelFiles;

/// <summary>
/// A scoring model as readable JSON: enum values by name, no rule ids (the records get theirs when imported).
/// Reading validates with the configuration plug-in's rules; writing then reading gives the same model.
/// </summary>
public static class ModelJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    /// <summary>The model as JSON text.</summary>
    public static string Write(ModelDefinition model) => JsonSerializer.Serialize(DocumentOf(model), Options);

    /// <summary>
    /// Reads and validates a model; throws <see cref="ModelFileException"/> with the line and position of broken JSON,
    /// or with every rule problem at once.
    /// </summary>
    public static ModelDefinition Read(string json)
    {
        ModelDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<ModelDocument>(json, Options);
        }
        catch (JsonException error)
        {
            throw new ModelFileException($"Line {error.LineNumber + 1}, position {error.BytePositionInLine + 1}: {error.Message.Split(" Path:")[0]}");
        }

        if (document is null)
        {
            throw new ModelFileException("The file holds no model; it starts with { \"name\": ..., \"gradeThresholds\": ..., \"mqlThreshold\": ..., \"rules\": [...] }.");
        }

        var model = ModelOf(document);
        var problems = model.Problems();
        return problems.Count == 0 ? model : throw new ModelFileException(problems);
    }

    /// <summary>The id a rule gets when a file is scored: stable per position, since behaviour points are kept per rule id.</summary>
    public static Guid RuleIdAt(int index) => new(index + 1, 0, 0, [0, 0, 0, 0, 0, 0, 0, 0]);

    private static ModelDefinition ModelOf(ModelDocument document) =>
        new(
            document.Name,
            new ModelSettings(new GradeThresholds(document.GradeThresholds.A, document.GradeThresholds.B, document.GradeThresholds.C), document.MqlThreshold)
            {
                MqlMinimumGrade = document.MqlMinimumGrade,
                DecayHalfLifeDays = document.DecayHalfLifeDays,
            },
            document.Rules.Select((rule, index) => new ScoringRule(RuleIdAt(index), rule.Name, rule.Category, rule.Points)
            {
                InteractionType = rule.InteractionType,
                Attribute = rule.Attribute,
                Operator = rule.Operator,
                Value = rule.Value,
                ValueTo = rule.ValueTo,
                MaxPoints = rule.MaxPoints,
                Group = rule.Group,
                GroupLogic = rule.GroupLogic ?? GroupLogic.All,
                IsActive = rule.IsActive ?? true,
            }).ToArray());

    private static ModelDocument DocumentOf(ModelDefinition model) => new()
    {
        Name = model.Name,
        GradeThresholds = new ThresholdsDocument { A = model.Settings.Thresholds.A, B = model.Settings.Thresholds.B, C = model.Settings.Thresholds.C },
        MqlThreshold = model.Settings.MqlThreshold,
        MqlMinimumGrade = model.Settings.MqlMinimumGrade,
        DecayHalfLifeDays = model.Settings.DecayHalfLifeDays,
        Rules = model.Rules.Select(rule => new RuleDocument
        {
            Name = rule.Name,
            Category = rule.Category,
            InteractionType = rule.InteractionType,
            Attribute = rule.Attribute,
            Operator = rule.Operator,
            Value = rule.Value,
            ValueTo = rule.ValueTo,
            Points = rule.Points,
            MaxPoints = rule.MaxPoints,
            Group = rule.Group,
            GroupLogic = string.IsNullOrWhiteSpace(rule.Group) ? null : rule.GroupLogic,
            IsActive = rule.IsActive ? null : false,
        }).ToList(),
    };
}
