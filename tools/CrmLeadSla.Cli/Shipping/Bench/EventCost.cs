using CrmLeadSla.LocalDataverse;

namespace CrmLeadSla.Cli.Shipping.Bench;

/// <summary>What one event costs: wall time through the local pipeline, time inside plug-ins, requests the plug-ins and real-time workflows made.</summary>
/// <param name="PerEvent">Wall time per event, the platform's own work included.</param>
/// <param name="InPlugins">Time per event spent in plug-in steps and the activities of real-time workflows (as their traces record it).</param>
/// <param name="Requests">Organization-service requests per event made by plug-ins.</param>
/// <param name="WorkflowRequests">Organization-service requests per event made by real-time workflows.</param>
public sealed record EventCost(TimeSpan PerEvent, TimeSpan InPlugins, double Requests, double WorkflowRequests)
{
    /// <summary>Runs <paramref name="events"/> events (<paramref name="event"/> gets the event's number) and divides.</summary>
    public static EventCost Of(LocalOrganization organization, int events, Action<int> @event)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(@event);
        var tracesBefore = organization.Traces.Entries.Count;
        using var requests = organization.Requests.Measure();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var index = 0; index < events; index++)
        {
            @event(index);
        }

        clock.Stop();
        requests.Dispose();
        var inPlugins = organization.Traces.Entries.Skip(tracesBefore).Sum(trace => trace.Duration.Ticks);
        return new EventCost(clock.Elapsed / events, TimeSpan.FromTicks(inPlugins / events), (double)requests.FromPlugins / events, (double)requests.FromWorkflows / events);
    }
}
