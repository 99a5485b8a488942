using CrmLeadSla.LocalDataverse;

namespace CrmLeadSla.WebApi;

/// <summary>
/// The asynchronous service of a served organization: in the background it runs the system jobs that are due
/// (asynchronous plug-in steps, the shipped workflows) every <c>interval</c>, sooner when a waiting workflow falls due
/// sooner.
/// </summary>
public sealed class SystemJobLoop : IAsyncDisposable
{
    private readonly LocalOrganization organization;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    /// <summary>Starts running the organization's due jobs every <paramref name="interval"/>.</summary>
    public SystemJobLoop(LocalOrganization organization, TimeSpan interval)
    {
        this.organization = organization ?? throw new ArgumentNullException(nameof(organization));
        loop = Task.Run(() => RunAsync(interval));
    }

    /// <summary>Stops the loop after the jobs it is running.</summary>
    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        await loop.ConfigureAwait(false);
        stop.Dispose();
    }

    private async Task RunAsync(TimeSpan interval)
    {
        while (!stop.IsCancellationRequested)
        {
            organization.RunPendingAsyncJobs();
            try
            {
                await Task.Delay(Pause(interval), stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    // Until the next run: the interval, or less when a waiting workflow falls due sooner.
    private TimeSpan Pause(TimeSpan interval)
    {
        var now = organization.Clock.UtcNow;
        return organization.AsyncJobs.NextDueOn is DateTime due && due - now < interval
            ? TimeSpan.FromTicks(Math.Max(0, (due - now).Ticks))
            : interval;
    }
}
