using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Workflows.Xaml;

/// <summary><c>Postpone</c>: the run waits until the time (the organization clock) unless it has passed.</summary>
internal sealed class PostponeNode(string displayName, VisualBasicExpression until) : StepNode(displayName)
{
    public override StepOutcome Run(WorkflowRunState run)
    {
        if (run.Arrived())
        {
            return StepOutcome.Continue;
        }

        var time = until.Evaluate(run) as DateTime? ?? throw new WorkflowRunException("Postpone was given no date.");
        var utc = time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : DateTime.SpecifyKind(time, DateTimeKind.Utc);
        if (run.UtcNow >= utc)
        {
            return StepOutcome.Continue;
        }

        run.Suspend(run.Here, utc, []);
        return StepOutcome.Suspended;
    }
}

/// <summary><c>StartChildWorkflow</c>: a system job of another (or the same) workflow on a row.</summary>
internal sealed class StartChildWorkflowNode(string displayName, string table, VisualBasicExpression entityId, Guid workflowId) : StepNode(displayName)
{
    /// <summary>The workflow it starts.</summary>
    public Guid WorkflowId => workflowId;

    public override StepOutcome Run(WorkflowRunState run)
    {
        var id = entityId.Evaluate(run) as Guid? ?? throw new WorkflowRunException("StartChildWorkflow was given no row id.");
        run.Runtime.StartChild(workflowId, new EntityReference(table, id));
        return StepOutcome.Continue;
    }
}

/// <summary>
/// <c>TerminateWorkflow</c> ("Stop workflow", with the status its exception names and the reason) and <c>Throw</c>
/// (fails the run with the exception's message).
/// </summary>
internal sealed class StopNode(string displayName, VisualBasicExpression exception, VisualBasicExpression? reason) : StepNode(displayName)
{
    public override StepOutcome Run(WorkflowRunState run)
    {
        var thrown = exception.Evaluate(run) as InvalidPluginExecutionException
            ?? throw new WorkflowRunException("the exception to stop with is not an InvalidPluginExecutionException.");
        var message = reason is null ? thrown.Message : reason.Evaluate(run) as string ?? string.Empty;
        run.Stop = (reason is null ? OperationStatus.Failed : thrown.Status, message);
        return StepOutcome.Stopped;
    }
}

/// <summary><c>Persist</c>: a background workflow's state is kept after every step here anyway.</summary>
internal sealed class PersistNode(string displayName) : StepNode(displayName)
{
    public override StepOutcome Run(WorkflowRunState run) => StepOutcome.Continue;
}
