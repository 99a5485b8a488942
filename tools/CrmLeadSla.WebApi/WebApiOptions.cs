using System.Net;

namespace CrmLeadSla.WebApi;

/// <summary>How <c>leadsla serve</c> listens and what it demands of callers.</summary>
public sealed record WebApiOptions
{
    /// <summary>The port; 0 lets the system choose a free one (see <see cref="LocalWebApi.BaseAddress"/>).</summary>
    public int Port { get; init; }

    /// <summary>The address to listen on: loopback unless told otherwise.</summary>
    public IPAddress BindAddress { get; init; } = IPAddress.Loopback;

    /// <summary>When set, a request without <c>Authorization: Bearer</c> and this token is refused with 401.</summary>
    public string? BearerToken { get; init; }

    /// <summary>Service-protection throttling, or null for none.</summary>
    public ThrottleLimit? Throttle { get; init; }

    /// <summary>
    /// How often the background loop runs the organization's due system jobs (asynchronous steps, workflows); null runs
    /// none in the background (a test runs them itself).
    /// </summary>
    public TimeSpan? SystemJobInterval { get; init; }

    /// <summary>
    /// When true, <c>POST /local/clock</c> moves a standing (simulated) clock — <c>{"advance":"PT4H"}</c> or
    /// <c>{"set":"2026-03-02T12:00:00Z"}</c> — and runs the jobs that became due; a running clock is not moved.
    /// </summary>
    public bool ClockControl { get; init; }
}

/// <summary>At most <paramref name="Requests"/> requests in any sliding <paramref name="Window"/>; more get 429 with Retry-After.</summary>
/// <param name="Requests">Requests allowed per window.</param>
/// <param name="Window">The sliding window.</param>
public sealed record ThrottleLimit(int Requests, TimeSpan Window)
{
    /// <summary>Reads <c>N/SECONDS</c>, e.g. <c>100/5</c>.</summary>
    public static ThrottleLimit Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var requests)
            && double.TryParse(parts[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            && requests > 0 && seconds > 0
                ? new ThrottleLimit(requests, TimeSpan.FromSeconds(seconds))
                : throw new FormatException($"'{text}' is not a throttle: write requests/seconds, e.g. 100/5.");
    }
}
