using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrmLeadSla.LocalDataverse;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrmLeadSla.WebApi;

/// <summary>
/// <c>leadsla serve</c>: a local organization over HTTP at <c>/api/data/v9.2/</c>, speaking the subset of the
/// Dataverse Web API that deploy, rescore and export use, with Dataverse's error bodies, an optional bearer-token
/// demand and optional service-protection throttling.
/// </summary>
public sealed class LocalWebApi : IAsyncDisposable
{
    /// <summary>The path of the service root below the host.</summary>
    public const string ServicePath = "/api/data/v9.2/";

    /// <summary>The path of the clock of a simulated organization (not part of Dataverse's API).</summary>
    public const string ClockPath = "/local/clock";

    private readonly WebApplication app;
    private readonly WebApiOptions options;
    private readonly ServiceProtection? protection;
    private ActionRequests? actions;
    private MetadataRequests? metadataRequests;
    private Described? described;
    private SystemJobLoop? jobs;
    private int served;
    private int writes;

    private LocalWebApi(WebApplication app, WebApiOrganization organization, WebApiOptions options)
    {
        this.app = app;
        this.options = options;
        Organization = organization;
        protection = options.Throttle is null ? null : new ServiceProtection(options.Throttle);
    }

    /// <summary>The organization served.</summary>
    public WebApiOrganization Organization { get; }

    /// <summary>The service root, e.g. <c>http://127.0.0.1:5555/api/data/v9.2/</c>.</summary>
    public Uri ServiceRoot { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The host's base address, e.g. <c>http://127.0.0.1:5555/</c>: the URL to give the commands.</summary>
    public Uri BaseAddress => new(ServiceRoot, "/");

    /// <summary>Requests answered (throttled ones included).</summary>
    public int Served => served;

    /// <summary>Requests other than GET that reached the organization (creates, updates, deletes, actions).</summary>
    public int Writes => writes;

    /// <summary>Requests refused by throttling.</summary>
    public int Throttled => protection?.Refused ?? 0;

    /// <summary>Starts serving <paramref name="organization"/>; requests run as its administrator.</summary>
    public static async Task<LocalWebApi> StartAsync(LocalOrganization organization, WebApiOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(options.BindAddress, options.Port));
        var app = builder.Build();
        var api = new LocalWebApi(app, new WebApiOrganization(organization, organization.AdminUserId), options);
        app.Run(api.Serve);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        api.ServiceRoot = new Uri(new Uri(address.Replace("[::]", "localhost", StringComparison.Ordinal)), ServicePath);
        api.Describe();
        api.actions = new ActionRequests(api.Organization, api.ServiceRoot, api.Describe);
        api.metadataRequests = new MetadataRequests(organization.Metadata, api.ServiceRoot);
        api.jobs = options.SystemJobInterval is TimeSpan interval ? new SystemJobLoop(organization, interval) : null;
        return api;
    }

    // The service model follows the organization's tables: built at start and again after an import changed them.
    private void Describe()
    {
        var model = ServiceModel.Of(Organization.Organization.Metadata);
        Volatile.Write(ref described, new Described(model, new EntitySetRequests(Organization, model, ServiceRoot)));
    }

    /// <summary>Stops listening.</summary>
    public async ValueTask DisposeAsync()
    {
        if (jobs is not null)
        {
            await jobs.DisposeAsync().ConfigureAwait(false);
        }

        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task Serve(HttpContext http)
    {
        Interlocked.Increment(ref served);
        http.Response.Headers["OData-Version"] = "4.0";
        try
        {
            Admit(http);
            if (options.ClockControl && string.Equals(http.Request.Path.Value, ClockPath, StringComparison.Ordinal))
            {
                await Write(http, await MoveClock(http).ConfigureAwait(false)).ConfigureAwait(false);
                return;
            }

            var request = await Read(http).ConfigureAwait(false);
            if (request.Method != "GET")
            {
                Interlocked.Increment(ref writes);
            }

            var answer = await Task.Run(() => Answer(request), http.RequestAborted).ConfigureAwait(false);
            await Write(http, answer).ConfigureAwait(false);
        }
        catch (WebApiFault fault)
        {
            await Write(http, Error(fault)).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own refusals (a body over the size limit: 413) carry an OData error body too.
            await Write(http, Error(new WebApiFault((HttpStatusCode)e.StatusCode, WebApiFault.RequestRefused, e.Message))).ConfigureAwait(false);
        }
    }

    // A standing clock moves on request, and the jobs that became due run before the answer, so the caller sees them.
    private async Task<WebApiAnswer> MoveClock(HttpContext http)
    {
        var clock = Organization.Organization.Clock;
        if (http.Request.Method == "POST")
        {
            if (clock.IsRunning)
            {
                throw new WebApiFault(HttpStatusCode.Conflict, WebApiFault.RequestRefused, "The clock runs with the wall clock: start serve with --clock simulated to move it.");
            }

            var body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted).ConfigureAwait(false);
            DateTime target;
            if (body?["advance"]?.GetValue<string>() is string advance && Duration(advance) is TimeSpan span && span >= TimeSpan.Zero)
            {
                target = clock.UtcNow + span;
            }
            else if (body?["set"]?.GetValue<string>() is string set && DateTime.TryParse(set, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time))
            {
                target = time;
            }
            else
            {
                throw WebApiFault.BadRequest("Move the clock with {\"advance\":\"PT4H\"} (an ISO 8601 duration, forward only) or {\"set\":\"2026-03-02T12:00:00Z\"}.");
            }

            // Time passes as it passes for the async service: each waiting job runs at the time it waits for.
            var ran = Organization.Run(_ =>
            {
                if (target < clock.UtcNow)
                {
                    clock.Set(target);
                }

                return Organization.Organization.RunAsyncJobsUntil(target);
            });
            return ClockAnswer(clock, ran);
        }

        return ClockAnswer(clock, 0);
    }

    private static WebApiAnswer ClockAnswer(Clock clock, int ran) =>
        WebApiAnswer.Ok(new JsonObject
        {
            ["utcNow"] = clock.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["running"] = clock.IsRunning,
            ["jobsRan"] = ran,
        });

    // ISO 8601 (PT4H, P1DT2H): unlike "24:00:00", which .NET reads as 24 days, it cannot be misread.
    private static TimeSpan? Duration(string text)
    {
        try
        {
            return System.Xml.XmlConvert.ToTimeSpan(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static WebApiAnswer Error(WebApiFault fault) => new(fault.Status, new JsonObject
    {
        ["error"] = new JsonObject { ["code"] = fault.Code, ["message"] = fault.Message },
    });

    // A missing token is refused before throttling counts the request, as the platform's front door does.
    private void Admit(HttpContext http)
    {
        if (options.BearerToken is string token && !HasBearerToken(http.Request, token))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\"";
            throw new WebApiFault(HttpStatusCode.Unauthorized, unchecked((int)0x80072560), "The request has no bearer token this endpoint accepts: send Authorization: Bearer <the token leadsla serve printed>.");
        }

        if (protection is null)
        {
            return;
        }

        var decision = protection.Admit();
        http.Response.Headers["x-ms-ratelimit-burst-remaining-xrm-requests"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        if (!decision.Admitted)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(decision.RetryAfter.TotalSeconds));
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            throw new WebApiFault(
                HttpStatusCode.TooManyRequests,
                WebApiFault.TooManyRequests,
                $"Number of requests exceeded the limit of {options.Throttle!.Requests} over time window of {options.Throttle.Window.TotalSeconds.ToString(CultureInfo.InvariantCulture)} seconds.");
        }
    }

    private static bool HasBearerToken(HttpRequest request, string token)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()),
                System.Text.Encoding.UTF8.GetBytes(token));
    }

    private static async Task<WebApiRequest> Read(HttpContext http)
    {
        var path = http.Request.Path.Value ?? string.Empty;
        if (!path.StartsWith(ServicePath, StringComparison.OrdinalIgnoreCase))
        {
            throw WebApiFault.NotFound($"Resource not found: the service root is {ServicePath}.");
        }

        JsonObject? body = null;
        if (http.Request.ContentLength is > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            // A write's body is JSON; anything else is refused before it is read, as Dataverse refuses it.
            if (!IsJson(http.Request.ContentType))
            {
                throw new WebApiFault(
                    HttpStatusCode.UnsupportedMediaType,
                    WebApiFault.RequestRefused,
                    $"The content type '{http.Request.ContentType}' is not supported: send the body as application/json.");
            }

            try
            {
                // A column named twice is refused here, not when the body's columns are first read (a server error).
                body = await JsonNode.ParseAsync(http.Request.Body, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false }, cancellationToken: http.RequestAborted).ConfigureAwait(false) as JsonObject;
            }
            catch (JsonException e)
            {
                throw WebApiFault.BadRequest($"The request body is not valid JSON: {e.Message}");
            }
        }

        return new WebApiRequest(
            http.Request.Method.ToUpperInvariant(),
            Uri.UnescapeDataString(path[ServicePath.Length..]),
            http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal),
            http.Request.Headers["Prefer"].ToString(),
            http.Request.Headers.IfMatch.Count > 0 ? http.Request.Headers.IfMatch.ToString() : null,
            body)
        {
            IfNoneMatch = http.Request.Headers.IfNoneMatch.Count > 0 ? http.Request.Headers.IfNoneMatch.ToString() : null,
            OptionalParameters = string.Equals(http.Request.Headers["MSCRM.BypassCustomPluginExecution"], "true", StringComparison.OrdinalIgnoreCase)
                ? new Dictionary<string, object> { ["BypassCustomPluginExecution"] = true }
                : new Dictionary<string, object>(),
            CallerId = CallerOf(http.Request),
        };
    }

    // Impersonation by systemuserid (MSCRMCallerID); the preferred CallerObjectId names a Microsoft Entra object id,
    // which local users do not have.
    private static Guid? CallerOf(HttpRequest request)
    {
        if (request.Headers.ContainsKey("CallerObjectId"))
        {
            throw WebApiFault.BadRequest("The CallerObjectId header names a Microsoft Entra object id, which local users do not have: act for a user with MSCRMCallerID and the user's systemuserid.");
        }

        var header = request.Headers["MSCRMCallerID"];
        if (header.Count == 0)
        {
            return null;
        }

        return Guid.TryParse(header.ToString(), out var callerId)
            ? callerId
            : throw WebApiFault.BadRequest($"The MSCRMCallerID header '{header}' is not a user id: send the systemuserid of the user to act for.");
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null && contentType.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase);

    private WebApiAnswer Answer(WebApiRequest request)
    {
        using var asking = WebApiOrganization.Asking(request);
        var (model, entitySets) = Volatile.Read(ref described)!;
        switch (request.Method, request.Path)
        {
            case ("GET", ""):
                return ODataPayload.ServiceDocument(model, ServiceRoot);
            case ("GET", "$metadata"):
                return new WebApiAnswer(HttpStatusCode.OK) { Payload = System.Text.Encoding.UTF8.GetBytes(model.Csdl()), PayloadType = "application/xml" };
        }

        if (metadataRequests!.Answer(request, request.Path) is WebApiAnswer metadata)
        {
            return metadata;
        }

        var slash = request.Path.IndexOf('/', StringComparison.Ordinal);
        var segment = slash < 0 ? request.Path : request.Path[..slash];
        var action = slash < 0 ? null : request.Path[(slash + 1)..];
        var open = segment.IndexOf('(', StringComparison.Ordinal);
        var name = open < 0 ? segment : segment[..open];
        Guid? key = null;
        if (open >= 0 && segment.EndsWith(')') && open + 1 < segment.Length - 1)
        {
            key = Guid.TryParse(segment[(open + 1)..^1], out var id) ? id : throw WebApiFault.BadRequest($"'{segment}' does not name a row by its id.");
        }

        return (action is null ? actions!.Answer(request, segment.EndsWith("()", StringComparison.Ordinal) ? segment : name, key) : null)
            ?? entitySets.Answer(request, name, key, action);
    }

    private static async Task Write(HttpContext http, WebApiAnswer answer)
    {
        http.Response.StatusCode = (int)answer.Status;
        foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
        {
            http.Response.Headers[name] = value;
        }

        if (answer.Payload is not null)
        {
            http.Response.ContentType = answer.PayloadType;
            await http.Response.Body.WriteAsync(answer.Payload.ToArray(), http.RequestAborted).ConfigureAwait(false);
        }
        else if (answer.Body is not null)
        {
            http.Response.ContentType = "application/json; odata.metadata=minimal";
            await http.Response.WriteAsync(answer.Body.ToJsonString(), http.RequestAborted).ConfigureAwait(false);
        }
    }
}

/// <summary>The service model of the organization's tables and the entity sets answered by it, replaced together.</summary>
internal sealed record Described(ServiceModel Model, EntitySetRequests EntitySets);
