using CrmLeadSla.Solution.Registration;
using CrmLeadSla.Solution.Workflows;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>Where a system job stands (asyncoperation.statuscode).</summary>
public enum AsyncJobStatus
{
    /// <summary>Queued, not run yet (Dataverse: Waiting For Resources).</summary>
    Waiting,
    /// <summary>Claimed by a runner and running now (In Progress).</summary>
    Running,
    /// <summary>A workflow that waits for a time or for a column of its row to change (Dataverse shows it as Waiting).</summary>
    Postponed,
    /// <summary>Ran to its end, or a workflow stopped itself as Succeeded.</summary>
    Succeeded,
    /// <summary>Threw; its own writes were rolled back (a step) or its earlier steps stay done (a workflow); the operation that queued it was not rolled back.</summary>
    Failed,
    /// <summary>A workflow that stopped itself as Canceled, or was canceled as an infinite loop.</summary>
    Canceled,
}

/// <summary>What a system job runs (asyncoperation.operationtype).</summary>
public enum AsyncJobKind
{
    /// <summary>An asynchronous plug-in step (operation type 1, System Event).</summary>
    PluginStep = 1,
    /// <summary>A background workflow (operation type 10, Workflow).</summary>
    Workflow = 10,
}

/// <summary>A system job (asyncoperation): an asynchronous step queued after its operation committed, or a run of a background workflow.</summary>
public sealed class AsyncJob
{
    internal AsyncJob(StepRegistration step, PluginExecutionContext context, Action<AsyncJob> run)
    {
        Kind = AsyncJobKind.PluginStep;
        Name = step.Name;
        Step = step;
        Context = context;
        Regarding = new EntityReference(context.PrimaryEntityName, context.PrimaryEntityId);
        Run = run;
    }

    internal AsyncJob(WorkflowRegistration workflow, EntityReference regarding, int depth, Action<AsyncJob> run)
    {
        Kind = AsyncJobKind.Workflow;
        Name = workflow.Name.In(1033);
        Workflow = workflow;
        Regarding = regarding;
        Depth = depth;
        Run = run;
    }

    /// <summary>The job's id (asyncoperationid; ExecuteWorkflowResponse.Id for a workflow started on demand).</summary>
    public Guid Id { get; } = Guid.NewGuid();

    /// <summary>A plug-in step or a workflow.</summary>
    public AsyncJobKind Kind { get; }

    /// <summary>The step's or the workflow's name.</summary>
    public string Name { get; }

    /// <summary>The step to run; null for a workflow.</summary>
    public StepRegistration? Step { get; }

    /// <summary>The context the step runs with (Mode 1, not in a transaction); null for a workflow.</summary>
    public PluginExecutionContext? Context { get; }

    /// <summary>The workflow it runs; null for a step.</summary>
    public WorkflowRegistration? Workflow { get; }

    /// <summary>The row it runs on (regardingobjectid).</summary>
    public EntityReference Regarding { get; }

    /// <summary>The execution depth its work runs at.</summary>
    public int Depth { get; internal set; } = 1;

    /// <summary>Where the job stands.</summary>
    public AsyncJobStatus Status { get; internal set; } = AsyncJobStatus.Waiting;

    /// <summary>The message of a failed or canceled job, or a workflow's stop reason.</summary>
    public string? Error { get; internal set; }

    /// <summary>A postponed workflow: when it runs again unless a column it waits on changes first.</summary>
    public DateTime? PostponeUntil { get; internal set; }

    internal Action<AsyncJob> Run { get; }

    // Its place among postponed jobs of the same time.
    internal long QueueOrder { get; set; }
}
