using CrmLeadSla.Solution.Workflows;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Workflows;

/// <summary>One run of a custom workflow activity: the row the workflow runs on, who runs it, and the argument values the workflow binds.</summary>
public sealed record WorkflowRun
{
    /// <summary>The workflow's primary row (PrimaryEntityName, PrimaryEntityId).</summary>
    public required EntityReference PrimaryEntity { get; init; }

    /// <summary>The user the workflow runs as (its owner, or the caller of a real-time workflow).</summary>
    public required Guid UserId { get; init; }

    /// <summary>The user whose operation started the workflow; the running user when null.</summary>
    public Guid? InitiatingUserId { get; init; }

    /// <summary>Input argument values by argument property name; a missing one takes its [Default], if any.</summary>
    public IReadOnlyDictionary<string, object?> Inputs { get; init; } = new Dictionary<string, object?>();

    /// <summary>The message that started the workflow (Create, Update, Delete… or ExecuteWorkflow on demand).</summary>
    public string MessageName { get; init; } = "Create";

    /// <summary>The process stage the activity runs in, if the workflow has stages.</summary>
    public string StageName { get; init; } = string.Empty;

    /// <summary>Background or real-time.</summary>
    public WorkflowMode Mode { get; init; } = WorkflowMode.Background;

    /// <summary>The execution depth of the workflow.</summary>
    public int Depth { get; init; } = 1;

    /// <summary>The correlation id of the operation tree the run belongs to; a new one when null.</summary>
    public Guid? CorrelationId { get; init; }

    /// <summary>The triggering operation's input parameters (e.g. Target), as the workflow context carries them.</summary>
    public ParameterCollection InputParameters { get; init; } = [];
}
