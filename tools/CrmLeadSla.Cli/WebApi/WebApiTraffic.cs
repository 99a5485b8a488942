using System.Globalization;
using System.Net.Http.Headers;
using CrmLeadSla.Cli.Environments;

namespace CrmLeadSla.Cli.WebApi;

/// <summary>What a command's requests met: how many were sent, refused by service protection, retried after a
/// transient failure, how long it waited, and the burst allowance the last response reported.</summary>
public sealed class WebApiTraffic
{
    private int sent;
    private int throttled;
    private int transient;
    private long waitedTicks;

    /// <summary>HTTP requests sent, retries included.</summary>
    public int Requests => Volatile.Read(ref sent);

    /// <summary>Requests answered 429.</summary>
    public int ThrottledRequests => Volatile.Read(ref throttled);

    /// <summary>Requests retried after a 503, a 504 or an attempt that got no answer in time.</summary>
    public int TransientFailures => Volatile.Read(ref transient);

    /// <summary>Time the Retry-After headers asked for, summed.</summary>
    public TimeSpan Waited => TimeSpan.FromTicks(Interlocked.Read(ref waitedTicks));

    /// <summary>x-ms-ratelimit-burst-remaining-xrm-requests of the last response that had it, or null.</summary>
    public int? BurstRemaining { get; private set; }

    public void Sent() => Interlocked.Increment(ref sent);

    public void Transient() => Interlocked.Increment(ref transient);

    public void Throttled(TimeSpan wait)
    {
        Interlocked.Increment(ref throttled);
        Interlocked.Add(ref waitedTicks, wait.Ticks);
    }

    public void ReadLimits(HttpResponseHeaders headers)
    {
        if (headers.TryGetValues("x-ms-ratelimit-burst-remaining-xrm-requests", out var values)
            && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining))
        {
            BurstRemaining = remaining;
        }
    }
}
