namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>The system jobs of the organization: every asynchronous step execution queued so far, in order.</summary>
public sealed class AsyncJobQueue
{
    private readonly List<AsyncJob> jobs = [];

    /// <summary>Every job, whatever its status.</summary>
    public IReadOnlyList<AsyncJob> All => jobs;

    /// <summary>Jobs not run yet.</summary>
    public IReadOnlyList<AsyncJob> Waiting => jobs.Where(j => j.Status == AsyncJobStatus.Waiting).ToList();

    /// <summary>Jobs that failed.</summary>
    public IReadOnlyList<AsyncJob> Failed => jobs.Where(j => j.Status == AsyncJobStatus.Failed).ToList();

    internal void Enqueue(AsyncJob job) => jobs.Add(job);
}
