using CrmLeadSla.LocalDataverse;

namespace CrmLeadSla.WebApi;

/// <summary>
/// The asynchronous service of a served organization: in the background it runs the system jobs that are due
/// (asynchronous plug-in steps, workflows) every <c>interval</c>, and at once when nudged (after the clock moved).
/// </summary>
public sealed class SystemJobLoop : IAsyncDisposable
{
    private readonly LocalOrganization organization;
    private readonly CancellationTokenSource stop = new();
    private readonly SemaphoreSlim nudged = new(0);
    private readonly Task loop;
    private int ran;

    /// <summary>Starts running the organization's due jobs every <paramref name="interval"/>.</summary>
    public SystemJobLoop(LocalOrganization organization, TimeSpan interval)
    {
        this.organization = organization ?? throw new ArgumentNullException(nameof(organization));
        loop = Task.Run(() => RunAsync(interval));
    }

    /// <summary>How many jobs the loop has run.</summary>
    public int Ran => Volatile.Read(ref ran);

    /// <summary>Runs the due jobs now, on the caller's thread (after a clock move, so the caller sees their effect); returns how many ran.</summary>
    public int RunDue()
    {
        var count = organization.RunPendingAsyncJobs();
        Interlocked.Add(ref ran, count);
        return count;
    }

    /// <summary>Wakes the loop so it runs the due jobs without waiting for the interval.</summary>
    public void Nudge() => nudged.Release();

    /// <summary>Stops the loop after the jobs it is running.</summary>
    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        await loop.ConfigureAwait(false);
        stop.Dispose();
        nudged.Dispose();
    }

    private async Task RunAsync(TimeSpan interval)
    {
        while (!stop.IsCancellationRequested)
        {
            RunDue();
            try
            {
                await nudged.WaitAsync(interval, stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
