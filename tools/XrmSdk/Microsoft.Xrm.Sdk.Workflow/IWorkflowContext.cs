namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>What a custom workflow activity gets from context.GetExtension&lt;IWorkflowContext&gt;().</summary>
public interface IWorkflowContext : IExecutionContext
{
    string StageName { get; }

    int WorkflowCategory { get; }

    int WorkflowMode { get; }

    IWorkflowContext ParentContext { get; }
}
