using CrmLeadSla.LocalDataverse.Pipeline;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmLeadSla.LocalDataverse.Workflows;

/// <summary>The IWorkflowContext an activity reads through <c>context.GetExtension&lt;IWorkflowContext&gt;()</c>.</summary>
public sealed class WorkflowContext : PlatformExecutionContext, IWorkflowContext
{
    /// <summary>Workflow category of a classic workflow (1 is a dialog).</summary>
    public const int WorkflowCategoryWorkflow = 0;

    /// <inheritdoc />
    public IWorkflowContext? ParentContext { get; init; }

    /// <inheritdoc />
    public string StageName { get; init; } = string.Empty;

    /// <inheritdoc />
    public int WorkflowCategory { get; init; } = WorkflowCategoryWorkflow;

    /// <inheritdoc />
    public int WorkflowMode { get; init; }
}
