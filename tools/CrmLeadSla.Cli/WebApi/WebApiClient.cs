using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CrmLeadSla.Cli.Environments;

namespace CrmLeadSla.Cli.WebApi;

/// <summary>
/// JSON over the Dataverse Web API (<c>URL/api/data/v9.2/</c>): the OData headers every request carries, the bearer
/// token, bounded retries of throttled, unavailable and timed-out requests (<see cref="ServiceProtectionRetry"/>), and
/// error bodies turned into <see cref="WebApiException"/>. A connection that cannot be made fails at once with
/// <see cref="EnvironmentUnreachableException"/>.
/// </summary>
public sealed class WebApiClient : IDisposable
{
    /// <summary>Annotations every read asks for: lookups name their table, FetchXML pages their paging cookie.</summary>
    public const string IncludeAnnotations = "odata.include-annotations=\"*\"";

    private readonly HttpClient http;

    /// <summary>A client of the environment at <paramref name="environment"/>.</summary>
    /// <param name="environment">The environment's address, e.g. https://contoso.crm.dynamics.com.</param>
    /// <param name="tokens">Where each request's bearer token comes from.</param>
    /// <param name="transport">What sends the requests (default: sockets, a connection made within 15 s).</param>
    /// <param name="notices">Where each retry's wait is shown (default: nowhere).</param>
    /// <param name="timings">How long an attempt may take and how often it is retried (default: <see cref="RetryTimings.Dataverse"/>).</param>
    public WebApiClient(Uri environment, ITokenSource tokens, HttpMessageHandler? transport = null, TextWriter? notices = null, RetryTimings? timings = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        Traffic = new WebApiTraffic();
        var retry = new ServiceProtectionRetry(
            transport ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), ConnectTimeout = TimeSpan.FromSeconds(15) },
            Traffic,
            timings ?? RetryTimings.Dataverse,
            notices ?? TextWriter.Null);
        // The retry handler bounds each attempt and the number of attempts; the client adds no limit of its own.
        http = new HttpClient(new BearerToken(tokens, retry)) { BaseAddress = new Uri(environment, "/api/data/v9.2/"), Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        http.DefaultRequestHeaders.Add("OData-MaxVersion", "4.0");
        http.DefaultRequestHeaders.Add("OData-Version", "4.0");
    }

    public WebApiTraffic Traffic { get; }

    public Uri ServiceRoot => http.BaseAddress!;

    public async Task<JsonObject> GetAsync(string resource, CancellationToken cancellationToken, string? prefer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, resource);
        request.Headers.Add("Prefer", prefer is null ? IncludeAnnotations : $"{IncludeAnnotations},{prefer}");
        return await SendAsync(request, cancellationToken).ConfigureAwait(false) ?? [];
    }

    public async Task<JsonObject?> PostAsync(string resource, JsonObject body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, resource) { Content = Json(body) };
        return await SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates a row (POST to the entity set); returns its id from the OData-EntityId header.</summary>
    public async Task<Guid> CreateAsync(string entitySet, JsonObject row, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, entitySet) { Content = Json(row) };
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await ThrowIfFailed(response, cancellationToken).ConfigureAwait(false);
        var location = response.Headers.TryGetValues("OData-EntityId", out var values) ? values.First() : string.Empty;
        var open = location.LastIndexOf('(');
        return open >= 0 && Guid.TryParse(location[(open + 1)..^1], out var id)
            ? id
            : throw new WebApiException(response.StatusCode, string.Empty, $"The create of a {entitySet} row answered no OData-EntityId.");
    }

    /// <summary>Updates a row that must exist (PATCH with If-Match: *, so a missing row is an error, not an upsert).</summary>
    public async Task UpdateAsync(string entitySet, Guid id, JsonObject row, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"{entitySet}({id:D})") { Content = Json(row) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Any);
        await SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the row the resource names.</summary>
    public async Task DeleteAsync(string resource, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, resource);
        await SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static StringContent Json(JsonObject body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private async Task<JsonObject?> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await ThrowIfFailed(response, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            return null;
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return text.Length == 0 ? null : JsonNode.Parse(text) as JsonObject;
    }

    private static async Task ThrowIfFailed(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        JsonNode? error = null;
        try
        {
            error = text.Length == 0 ? null : JsonNode.Parse(text)?["error"];
        }
        catch (System.Text.Json.JsonException)
        {
            // Not Dataverse's error shape (e.g. a proxy's page): the status alone tells what happened.
        }

        throw new WebApiException(
            response.StatusCode,
            error?["code"]?.GetValue<string>() ?? string.Empty,
            error?["message"]?.GetValue<string>() ?? $"{(int)response.StatusCode} {response.ReasonPhrase}");
    }

    public void Dispose() => http.Dispose();
}
