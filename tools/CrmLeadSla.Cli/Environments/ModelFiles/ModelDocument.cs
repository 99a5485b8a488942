using System.Text.Json.Serialization;
using CrmLeadSla.Plugins.Domain.Scoring;
using CrmLeadSla.Cli.WebApi;

namespace CrmLeadSla.Cli.Environments.ModelFiles;

/// <summary>The JSON shape of a model file (docs/calibration.md); names follow the columns of lsla_scoringmodel.</summary>
internal sealed class ModelDocument
{
    [JsonRequired]
    public string Name { get; set; } = string.Empty;

    [JsonRequired]
    public ThresholdsDocument GradeThresholds { get; set; } = new();

    [JsonRequired]
    public int MqlThreshold { get; set; }

    public Grade? MqlMinimumGrade { get; set; }

    public int? DecayHalfLifeDays { get; set; }

    [JsonRequired]
    public List<RuleDocument> Rules { get; set; } = [];
}

/// <summary>Fit points from which a lead is graded A, B, C.</summary>
internal sealed class ThresholdsDocument
{
    [JsonRequired]
    public int A { get; set; }

    [JsonRequired]
    public int B { get; set; }

    [JsonRequired]
    public int C { get; set; }
}

/// <summary>One rule; names follow the columns of lsla_scoringrule.</summary>
internal sealed class RuleDocument
{
    [JsonRequired]
    public string Name { get; set; } = string.Empty;

    [JsonRequired]
    public RuleCategory Category { get; set; }

    public InteractionType? InteractionType { get; set; }

    public string? Attribute { get; set; }

    public RuleOperator? Operator { get; set; }

    public string? Value { get; set; }

    public string? ValueTo { get; set; }

    [JsonRequired]
    public int Points { get; set; }

    public int? MaxPoints { get; set; }

    public string? Group { get; set; }

    public GroupLogic? GroupLogic { get; set; }

    public bool? IsActive { get; set; }
}
