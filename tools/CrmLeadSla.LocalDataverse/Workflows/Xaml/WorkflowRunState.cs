using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Workflows.Xaml;

/// <summary>
/// The state of one run of a workflow: its variables, its InputEntities and CreatedEntities, where it stands in the
/// step tree (so that a run that waits resumes at the wait) and how it stopped. Lives as long as the system job.
/// </summary>
internal sealed class WorkflowRunState : IExpressionScope
{
    private readonly Dictionary<string, object?> variables = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Entity?> inputEntities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity?> createdEntities = new(StringComparer.Ordinal);
    private readonly List<int> path = [];
    private Queue<int> resumePath = new();
    private bool arriving;

    public WorkflowRunState(IWorkflowRuntime runtime, DateTime executionTime)
    {
        Runtime = runtime;
        ExecutionTime = executionTime;
    }

    /// <summary>The organization's side of the run; replaced when a waiting run resumes in a new system job pass.</summary>
    public IWorkflowRuntime Runtime { get; set; }

    /// <summary>When the run first executed: the designer's "Process Execution Time".</summary>
    public DateTime ExecutionTime { get; }

    /// <summary>Where the run waits: the path of child indexes to the waiting step, or null.</summary>
    public IReadOnlyList<int>? SuspendedAt { get; private set; }

    /// <summary>When the waiting run is due again.</summary>
    public DateTime WakeAt { get; private set; }

    /// <summary>Columns of the primary row the wait reads: a change of one of them wakes the run at once.</summary>
    public IReadOnlyList<string> Watched { get; private set; } = [];

    /// <summary>How the run stopped (TerminateWorkflow, Throw): the status and the reason, or null.</summary>
    public (OperationStatus Status, string Reason)? Stop { get; set; }

    public DateTime UtcNow => Runtime.UtcNow;

    /// <summary>The row the workflow runs on, as loaded when the run (re)started.</summary>
    public Entity? PrimaryEntity
    {
        get => inputEntities.GetValueOrDefault("primaryEntity");
        set => inputEntities["primaryEntity"] = value;
    }

    public object? Variable(string name) =>
        variables.TryGetValue(name, out var value) ? value : throw new WorkflowRunException($"the variable '{name}' is read before its step declares it.");

    public void SetVariable(string name, object? value) => variables[name] = value;

    public Entity? Entity(string dictionary, string key) => (dictionary == "InputEntities" ? inputEntities : createdEntities).GetValueOrDefault(key);

    public void SetEntity(string dictionary, string key, Entity? value) => (dictionary == "InputEntities" ? inputEntities : createdEntities)[key] = value;

    /// <summary>Runs a child step at an index of its container, keeping track of the path to it.</summary>
    public StepOutcome Step(int index, StepNode? step)
    {
        path.Add(index);
        try
        {
            return step?.Run(this) ?? StepOutcome.Continue;
        }
        finally
        {
            path.RemoveAt(path.Count - 1);
        }
    }

    /// <summary>The path to the step running now.</summary>
    public IReadOnlyList<int> Here => [.. path];

    /// <summary>While resuming: the index of the child on the way to the waiting step; null when the run is not resuming.</summary>
    public int? Resume()
    {
        if (resumePath.Count == 0)
        {
            return null;
        }

        var index = resumePath.Dequeue();
        arriving = resumePath.Count == 0;
        return index;
    }

    /// <summary>True (once) for the waiting step itself when the run resumes: it goes on instead of waiting again.</summary>
    public bool Arrived()
    {
        var arrived = arriving;
        arriving = false;
        return arrived;
    }

    /// <summary>Marks the run as waiting at <paramref name="at"/> until <paramref name="until"/> or a change of a watched column.</summary>
    public void Suspend(IReadOnlyList<int> at, DateTime until, IReadOnlyList<string> watched)
    {
        SuspendedAt = at;
        WakeAt = until;
        Watched = watched;
    }

    /// <summary>Prepares a waiting run to resume: the next pass walks down to the waiting step.</summary>
    public void PrepareResume()
    {
        resumePath = new Queue<int>(SuspendedAt ?? []);
        SuspendedAt = null;
        Watched = [];
        arriving = false;
    }
}
