using System.Net;
using System.Net.Http.Headers;
using System.Security.Authentication;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using CrmLeadSla.Cli.Environments;

namespace CrmLeadSla.Cli.WebApi;

/// <summary>
/// Retries, through Polly, only what Dataverse asks to be retried or what may pass: a 429 after the Retry-After it
/// gives (every request of the client then waits that long, so parallel callers back off together instead of earning
/// more refusals), a 503, and — for requests that may safely be sent twice (GET, PATCH, PUT, DELETE) — a 504 or an
/// attempt that got no answer in time, after an exponential back-off. Retries are bounded and each wait is shown.
/// Anything else fails at once, a connection that cannot be made with one sentence
/// (<see cref="EnvironmentUnreachableException"/>): retrying a refused connection, an unknown host or a failed TLS
/// handshake only makes the user wait for the same answer.
/// </summary>
internal sealed class ServiceProtectionRetry : DelegatingHandler
{
    private static readonly ResiliencePropertyKey<HttpRequestMessage> Request = new("leadsla.request");

    private readonly Lock gate = new();
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;
    private readonly RetryTimings timings;
    private readonly TextWriter notices;
    private DateTimeOffset pausedUntil = DateTimeOffset.MinValue;

    public ServiceProtectionRetry(HttpMessageHandler inner, WebApiTraffic traffic, RetryTimings timings, TextWriter notices)
        : base(inner)
    {
        Traffic = traffic;
        this.timings = timings;
        this.notices = notices;
        pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = timings.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                Delay = timings.FirstBackOff,
                UseJitter = true,
                ShouldHandle = arguments => ValueTask.FromResult(IsWorthRetrying(arguments.Outcome, arguments.Context)),
                DelayGenerator = arguments => ValueTask.FromResult(RetryAfter(arguments.Outcome.Result)),
                OnRetry = arguments =>
                {
                    Retrying(arguments.Outcome, arguments.RetryDelay, arguments.AttemptNumber + 1);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(timings.AttemptTimeout)
            .Build();
    }

    public WebApiTraffic Traffic { get; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(Request, request);
        try
        {
            return await pipeline.ExecuteAsync(
                async (attempt, message) =>
                {
                    await WaitOutPause(attempt.CancellationToken).ConfigureAwait(false);
                    Traffic.Sent();
                    var response = await base.SendAsync(message, attempt.CancellationToken).ConfigureAwait(false);
                    Traffic.ReadLimits(response.Headers);
                    return response;
                },
                context,
                request).ConfigureAwait(false);
        }
        catch (HttpRequestException failure)
        {
            throw new EnvironmentUnreachableException(Unreachable(request.RequestUri, failure), failure);
        }
        catch (OperationCanceledException unanswered) when (!cancellationToken.IsCancellationRequested)
        {
            // The transport's connect timeout: the host took the connection but never completed it (or never answered at all).
            throw new EnvironmentUnreachableException(
                UserLanguage.Pick(
                    $"No connection to {Authority(request.RequestUri)} could be made in time: check --url and whether the environment is reachable from here.",
                    $"Zu {Authority(request.RequestUri)} kam rechtzeitig keine Verbindung zustande: prüfen Sie --url und ob die Umgebung von hier erreichbar ist."),
                unanswered);
        }
        catch (TimeoutRejectedException timeout)
        {
            throw new EnvironmentUnreachableException(
                UserLanguage.Pick(
                    $"{Authority(request.RequestUri)} gave no answer within {timings.AttemptTimeout.TotalSeconds:N0} s: try again later.",
                    $"{Authority(request.RequestUri)} hat nicht innerhalb von {timings.AttemptTimeout.TotalSeconds:N0} s geantwortet: versuchen Sie es später noch einmal."),
                timeout);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static bool IsWorthRetrying(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        var repeatable = context.Properties.TryGetValue(Request, out var request) && SafeToSendTwice(request.Method);
        return outcome switch
        {
            { Exception: TimeoutRejectedException } => repeatable,
            { Result.StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable } => true,
            { Result.StatusCode: HttpStatusCode.GatewayTimeout } => repeatable,
            _ => false,
        };
    }

    // A timed-out POST may have been carried out: sending it again could create a row twice.
    private static bool SafeToSendTwice(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Patch || method == HttpMethod.Put || method == HttpMethod.Delete;

    // Dataverse's Retry-After is the time until the service protection window lets the caller in again.
    private static TimeSpan? RetryAfter(HttpResponseMessage? response) =>
        response is { StatusCode: HttpStatusCode.TooManyRequests }
            ? response.Headers.RetryAfter is RetryConditionHeaderValue after
                ? after.Delta ?? (after.Date is DateTimeOffset date ? Max(date - DateTimeOffset.UtcNow, TimeSpan.Zero) : null)
                : null
            : null;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private void Retrying(Outcome<HttpResponseMessage> outcome, TimeSpan wait, int retry)
    {
        var seconds = wait.TotalSeconds.ToString("N0", System.Globalization.CultureInfo.CurrentCulture);
        string why;
        if (outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests)
        {
            Traffic.Throttled(wait);
            Pause(wait);
            why = UserLanguage.Pick("The environment asks for fewer requests (429)", "Die Umgebung bittet um weniger Anfragen (429)");
        }
        else
        {
            Traffic.Transient();
            why = outcome.Result?.StatusCode switch
            {
                HttpStatusCode.ServiceUnavailable => UserLanguage.Pick("The environment is unavailable (503)", "Die Umgebung ist nicht verfügbar (503)"),
                HttpStatusCode.GatewayTimeout => UserLanguage.Pick("The environment's gateway timed out (504)", "Das Gateway der Umgebung hat die Zeit überschritten (504)"),
                _ => UserLanguage.Pick(
                    $"No answer within {timings.AttemptTimeout.TotalSeconds:N0} s",
                    $"Keine Antwort innerhalb von {timings.AttemptTimeout.TotalSeconds:N0} s"),
            };
        }

        notices.WriteLine(UserLanguage.Pick(
            $"{why}: waiting {seconds} s, then retry {retry} of {timings.MaxRetries}.",
            $"{why}: warte {seconds} s, dann Versuch {retry} von {timings.MaxRetries}."));
    }

    private static string Unreachable(Uri? address, HttpRequestException failure)
    {
        var where = Authority(address);
        return failure.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => UserLanguage.Pick(
                $"The host '{address?.Host}' is unknown: check --url (e.g. https://contoso.crm.dynamics.com).",
                $"Der Rechner '{address?.Host}' ist unbekannt: prüfen Sie --url (z. B. https://contoso.crm.dynamics.com)."),
            HttpRequestError.SecureConnectionError => UserLanguage.Pick(
                $"No secure connection to {where}: {Reason(failure)}. Check --url; leadsla serve speaks http://, not https://.",
                $"Keine sichere Verbindung zu {where}: {Reason(failure)}. Prüfen Sie --url; leadsla serve spricht http://, nicht https://."),
            HttpRequestError.ConnectionError => UserLanguage.Pick(
                $"Nothing answers at {where} ({Reason(failure)}): check --url, or start leadsla serve there.",
                $"Unter {where} antwortet nichts ({Reason(failure)}): prüfen Sie --url oder starten Sie dort leadsla serve."),
            _ => UserLanguage.Pick(
                $"The request to {where} failed: {Reason(failure)}.",
                $"Die Anfrage an {where} ist gescheitert: {Reason(failure)}."),
        };
    }

    // The innermost cause names what went wrong (connection refused, an untrusted certificate), without a trailing stop.
    private static string Reason(Exception failure)
    {
        var cause = failure;
        while (cause.InnerException is not null && cause is not AuthenticationException)
        {
            cause = cause.InnerException;
        }

        return cause.Message.TrimEnd('.', ' ');
    }

    private static string Authority(Uri? address) => address is null ? "the environment" : address.GetLeftPart(UriPartial.Authority);

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

/// <summary>How long an attempt may take, how long the first back-off is (it doubles), and how often a request is retried.</summary>
/// <param name="AttemptTimeout">An attempt without an answer by then is given up (and retried when safe).</param>
/// <param name="FirstBackOff">The wait before the first retry of a 503, 504 or timeout; doubling, with jitter.</param>
/// <param name="MaxRetries">Retries after the first attempt.</param>
public sealed record RetryTimings(TimeSpan AttemptTimeout, TimeSpan FirstBackOff, int MaxRetries)
{
    /// <summary>
    /// Dataverse ends a request after 2 minutes, so an attempt gets a little longer; back-offs of 2, 4, 8, 16, 32 s
    /// span the minute a restarting server usually needs.
    /// </summary>
    public static RetryTimings Dataverse { get; } = new(TimeSpan.FromSeconds(150), TimeSpan.FromSeconds(2), 5);
}

/// <summary>The environment cannot be reached: the message says in one sentence why and what to check.</summary>
public sealed class EnvironmentUnreachableException : Exception
{
    /// <summary>Required by the exception pattern.</summary>
    public EnvironmentUnreachableException()
    {
    }

    /// <summary>The sentence for the user.</summary>
    public EnvironmentUnreachableException(string message)
        : base(message)
    {
    }

    /// <summary>The sentence for the user and the failure behind it.</summary>
    public EnvironmentUnreachableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
