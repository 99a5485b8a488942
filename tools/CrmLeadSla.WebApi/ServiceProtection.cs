namespace CrmLeadSla.WebApi;

/// <summary>
/// Dataverse's service-protection limit on the number of requests: at most N requests in a sliding window; the
/// next one is refused until the oldest leaves the window, and the refusal says when (Retry-After).
/// </summary>
public sealed class ServiceProtection
{
    private readonly ThrottleLimit limit;
    private readonly TimeProvider time;
    private readonly Queue<DateTimeOffset> admitted = new();
    private readonly Lock gate = new();

    /// <summary>Counts requests against <paramref name="limit"/> on <paramref name="time"/>.</summary>
    public ServiceProtection(ThrottleLimit limit, TimeProvider? time = null)
    {
        this.limit = limit ?? throw new ArgumentNullException(nameof(limit));
        this.time = time ?? TimeProvider.System;
    }

    /// <summary>How many requests were refused so far.</summary>
    public int Refused { get; private set; }

    /// <summary>Admits the request (and counts it) or says how long to wait.</summary>
    public ThrottleDecision Admit()
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            while (admitted.Count > 0 && now - admitted.Peek() >= limit.Window)
            {
                admitted.Dequeue();
            }

            if (admitted.Count < limit.Requests)
            {
                admitted.Enqueue(now);
                return new ThrottleDecision(true, limit.Requests - admitted.Count, TimeSpan.Zero);
            }

            Refused++;
            return new ThrottleDecision(false, 0, admitted.Peek() + limit.Window - now);
        }
    }
}

/// <summary>Whether a request may run; the requests left in the window; how long to wait when it may not.</summary>
/// <param name="Admitted">True when the request runs.</param>
/// <param name="Remaining">Requests left in the window after this one.</param>
/// <param name="RetryAfter">When refused, the time until a request is admitted again.</param>
public sealed record ThrottleDecision(bool Admitted, int Remaining, TimeSpan RetryAfter);
