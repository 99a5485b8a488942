using System.Net;

namespace CrmLeadSla.Cli.Environments;

/// <summary>
/// Retries what Dataverse asks to be retried: a 429 after the Retry-After it gives (and every request of the client
/// waits that long, so parallel callers back off together instead of piling up more refusals), and a 502, 503, 504
/// or a broken connection after an exponential back-off. Reads the rate-limit headers into <see cref="Traffic"/>.
/// </summary>
internal sealed class ServiceProtectionRetry : DelegatingHandler
{
    private const int MaxAttempts = 30;
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MaxBackOff = TimeSpan.FromSeconds(30);

    private readonly Lock gate = new();
    private DateTimeOffset pausedUntil = DateTimeOffset.MinValue;

    public ServiceProtectionRetry(HttpMessageHandler inner, WebApiTraffic traffic)
        : base(inner) => Traffic = traffic;

    public WebApiTraffic Traffic { get; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await WaitOutPause(cancellationToken).ConfigureAwait(false);
            HttpResponseMessage response;
            try
            {
                Traffic.Sent();
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException) when (attempt < MaxAttempts)
            {
                Traffic.Transient();
                await Task.Delay(BackOff(attempt), cancellationToken).ConfigureAwait(false);
                continue;
            }

            Traffic.ReadLimits(response.Headers);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < MaxAttempts)
            {
                var wait = response.Headers.RetryAfter?.Delta ?? DefaultRetryAfter;
                Traffic.Throttled(wait);
                Pause(wait);
                response.Dispose();
                continue;
            }

            if (response.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout && attempt < MaxAttempts)
            {
                Traffic.Transient();
                response.Dispose();
                await Task.Delay(BackOff(attempt), cancellationToken).ConfigureAwait(false);
                continue;
            }

            return response;
        }
    }

    private static TimeSpan BackOff(int attempt) =>
        TimeSpan.FromSeconds(Math.Min(MaxBackOff.TotalSeconds, Math.Pow(2, Math.Min(attempt, 10)) / 2));

    private void Pause(TimeSpan wait)
    {
        lock (gate)
        {
            var until = DateTimeOffset.UtcNow + wait;
            if (until > pausedUntil)
            {
                pausedUntil = until;
            }
        }
    }

    private Task WaitOutPause(CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (gate)
        {
            wait = pausedUntil - DateTimeOffset.UtcNow;
        }

        return wait > TimeSpan.Zero ? Task.Delay(wait, cancellationToken) : Task.CompletedTask;
    }
}
