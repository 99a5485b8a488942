namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>
/// The system jobs of the organization: every asynchronous step execution and workflow run queued so far, in order.
/// Safe for parallel use: operations committing on several threads queue jobs, several runners claim them, each job
/// once. Postponed workflows become due when the organization clock passes their time (or when they are woken).
/// </summary>
public sealed class AsyncJobQueue
{
    private readonly Lock sync = new();
    private readonly List<AsyncJob> jobs = [];
    private readonly LinkedList<AsyncJob> ready = [];
    private readonly SortedSet<(DateTime Until, long Order, AsyncJob Job)> postponed = new(Comparer<(DateTime Until, long Order, AsyncJob Job)>.Create((a, b) =>
        a.Until != b.Until ? a.Until.CompareTo(b.Until) : a.Order.CompareTo(b.Order)));

    private long order;

    /// <summary>Every job, whatever its status.</summary>
    public IReadOnlyList<AsyncJob> All => Where(_ => true);

    /// <summary>Jobs not run yet.</summary>
    public IReadOnlyList<AsyncJob> Waiting => Where(j => j.Status == AsyncJobStatus.Waiting);

    /// <summary>Workflows that wait for a time or a change.</summary>
    public IReadOnlyList<AsyncJob> Postponed => Where(j => j.Status == AsyncJobStatus.Postponed);

    /// <summary>Jobs that failed.</summary>
    public IReadOnlyList<AsyncJob> Failed => Where(j => j.Status == AsyncJobStatus.Failed);

    /// <summary>The earliest time a postponed workflow is due; null when none waits for a time.</summary>
    public DateTime? NextDueOn
    {
        get
        {
            lock (sync)
            {
                return postponed.Count == 0 || postponed.Min.Until == DateTime.MaxValue ? null : postponed.Min.Until;
            }
        }
    }

    /// <summary>The job with the id, or null.</summary>
    public AsyncJob? Find(Guid id) => Where(j => j.Id == id).FirstOrDefault();

    /// <summary>
    /// Puts a finished job back in the queue, as the async service retries a job: the next run of the pending jobs runs
    /// it again (a step with the same context, a workflow from where it last waited). What it does must survive this
    /// (an idempotent step gives the same state).
    /// </summary>
    public void Retry(AsyncJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (sync)
        {
            if (job.Status is AsyncJobStatus.Waiting or AsyncJobStatus.Running or AsyncJobStatus.Postponed)
            {
                throw new InvalidOperationException("Only a job that has finished (succeeded, failed or canceled) can be retried.");
            }

            job.Status = AsyncJobStatus.Waiting;
            job.Error = null;
            jobs.Remove(job);
            jobs.Add(job);
            ready.AddLast(job);
        }
    }

    internal void Enqueue(AsyncJob job)
    {
        lock (sync)
        {
            jobs.Add(job);
            ready.AddLast(job);
        }
    }

    /// <summary>Parks a running workflow until a time (DateTime.MaxValue: until it is woken).</summary>
    internal void Postpone(AsyncJob job, DateTime until)
    {
        lock (sync)
        {
            job.Status = AsyncJobStatus.Postponed;
            job.PostponeUntil = until;
            job.QueueOrder = order++;
            postponed.Add((until, job.QueueOrder, job));
        }
    }

    /// <summary>Makes a postponed workflow due now (a column it waits on changed); false when it was not postponed.</summary>
    internal bool Wake(AsyncJob job)
    {
        lock (sync)
        {
            if (job.Status != AsyncJobStatus.Postponed || !postponed.Remove((job.PostponeUntil!.Value, job.QueueOrder, job)))
            {
                return false;
            }

            job.Status = AsyncJobStatus.Waiting;
            ready.AddLast(job);
            return true;
        }
    }

    /// <summary>The oldest waiting job, else the earliest postponed one due by <paramref name="now"/>, now marked Running for the caller alone; null when none is due.</summary>
    internal AsyncJob? ClaimNext(DateTime now)
    {
        lock (sync)
        {
            AsyncJob job;
            if (ready.First is { } first)
            {
                job = first.Value;
                ready.RemoveFirst();
            }
            else if (postponed.Count > 0 && postponed.Min.Until <= now)
            {
                job = postponed.Min.Job;
                postponed.Remove(postponed.Min);
            }
            else
            {
                return null;
            }

            job.Status = AsyncJobStatus.Running;
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
