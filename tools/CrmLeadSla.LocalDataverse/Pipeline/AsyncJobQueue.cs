namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>
/// The system jobs of the organization: every asynchronous step execution queued so far, in order. Safe for parallel
/// use: operations committing on several threads queue jobs, several runners claim them, each job once.
/// </summary>
public sealed class AsyncJobQueue
{
    private readonly Lock sync = new();
    private readonly List<AsyncJob> jobs = [];

    /// <summary>Every job, whatever its status.</summary>
    public IReadOnlyList<AsyncJob> All => Where(_ => true);

    /// <summary>Jobs not run yet.</summary>
    public IReadOnlyList<AsyncJob> Waiting => Where(j => j.Status == AsyncJobStatus.Waiting);

    /// <summary>Jobs that failed.</summary>
    public IReadOnlyList<AsyncJob> Failed => Where(j => j.Status == AsyncJobStatus.Failed);

    /// <summary>
    /// Puts a finished job back in the queue, as the async service retries a job: the next run of the pending jobs runs
    /// it again with the same context. What a step does must survive this (an idempotent step gives the same state).
    /// </summary>
    public void Retry(AsyncJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (sync)
        {
            if (job.Status is AsyncJobStatus.Waiting or AsyncJobStatus.Running)
            {
                throw new InvalidOperationException("Only a job that has finished (succeeded or failed) can be retried.");
            }

            job.Status = AsyncJobStatus.Waiting;
            job.Error = null;
            jobs.Remove(job);
            jobs.Add(job);
        }
    }

    internal void Enqueue(AsyncJob job)
    {
        lock (sync)
        {
            jobs.Add(job);
        }
    }

    /// <summary>The oldest waiting job, now marked Running for the caller alone; null when none waits.</summary>
    internal AsyncJob? ClaimNext()
    {
        lock (sync)
        {
            var job = jobs.FirstOrDefault(j => j.Status == AsyncJobStatus.Waiting);
            if (job is not null)
            {
                job.Status = AsyncJobStatus.Running;
            }

            return job;
        }
    }

    private List<AsyncJob> Where(Func<AsyncJob, bool> predicate)
    {
        lock (sync)
        {
            return jobs.Where(predicate).ToList();
        }
    }
}
