using CrmLeadSla.Solution.Registration;

namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>Where a system job stands.</summary>
public enum AsyncJobStatus
{
    /// <summary>Queued after its operation committed, not run yet.</summary>
    Waiting,
    /// <summary>Claimed by a runner and running now.</summary>
    Running,
    /// <summary>Ran and committed.</summary>
    Succeeded,
    /// <summary>Threw; its own writes were rolled back, the operation that queued it was not.</summary>
    Failed,
}

/// <summary>An asynchronous step queued as a system job (asyncoperation) after its operation committed.</summary>
public sealed class AsyncJob
{
    internal AsyncJob(StepRegistration step, PluginExecutionContext context)
    {
        Step = step;
        Context = context;
    }

    /// <summary>The step to run.</summary>
    public StepRegistration Step { get; }

    /// <summary>The context it runs with (Mode 1, not in a transaction).</summary>
    public PluginExecutionContext Context { get; }

    /// <summary>Where the job stands.</summary>
    public AsyncJobStatus Status { get; internal set; } = AsyncJobStatus.Waiting;

    /// <summary>The failure message of a failed job.</summary>
    public string? Error { get; internal set; }
}
