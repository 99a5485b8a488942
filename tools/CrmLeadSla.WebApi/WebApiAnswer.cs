using System.Net;
using System.Text.Json.Nodes;

namespace CrmLeadSla.WebApi;

/// <summary>What a request is answered with: status, JSON body (or none) and headers.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The JSON body, or null for none.</param>
/// <param name="Headers">Extra response headers.</param>
public sealed record WebApiAnswer(HttpStatusCode Status, JsonNode? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>A body already written (by the OData writer, or CSDL), sent as it is instead of <see cref="Body"/>.</summary>
    public IReadOnlyList<byte>? Payload { get; init; }

    /// <summary>The content type of <see cref="Payload"/>.</summary>
    public string? PayloadType { get; init; }

    /// <summary>204 No Content.</summary>
    public static WebApiAnswer NoContent { get; } = new(HttpStatusCode.NoContent);

    /// <summary>200 with the body.</summary>
    public static WebApiAnswer Ok(JsonNode body) => new(HttpStatusCode.OK, body);

    /// <summary>A collection: <c>{"@odata.context": …, "value": [...]}</c> plus annotations.</summary>
    public static WebApiAnswer Collection(string context, IEnumerable<JsonNode> rows, params (string Name, JsonNode? Value)[] annotations)
    {
        var body = new JsonObject { ["@odata.context"] = context };
        foreach (var (name, value) in annotations)
        {
            body[name] = value;
        }

        body["value"] = new JsonArray(rows.ToArray());
        return Ok(body);
    }
}

/// <summary>A request as the endpoint reads it: method, the path below <c>/api/data/v9.2/</c>, query options, headers and body.</summary>
/// <param name="Method">GET, POST, PATCH or DELETE.</param>
/// <param name="Path">The resource path, e.g. <c>leads(…)</c>.</param>
/// <param name="Query">Query options by name.</param>
/// <param name="Prefer">The Prefer header, or empty.</param>
/// <param name="IfMatch">The If-Match header, or null.</param>
/// <param name="Body">The JSON body, or null.</param>
public sealed record WebApiRequest(string Method, string Path, IReadOnlyDictionary<string, string> Query, string Prefer, string? IfMatch, JsonObject? Body)
{
    /// <summary>
    /// The optional parameters the request's headers pass to the organization: <c>MSCRM.BypassCustomPluginExecution: true</c>
    /// is BypassCustomPluginExecution (refused unless the caller holds prvBypassCustomPlugins).
    /// </summary>
    public IReadOnlyDictionary<string, object> OptionalParameters { get; init; } = new Dictionary<string, object>();

    /// <summary>The If-None-Match header, or null.</summary>
    public string? IfNoneMatch { get; init; }

    /// <summary>
    /// The user the request acts for (impersonation: the <c>MSCRMCallerID</c> header, a systemuserid), or null: the
    /// request runs as the endpoint's own user, who needs prvActOnBehalfOfAnotherUser to act for another.
    /// </summary>
    public Guid? CallerId { get; init; }

    /// <summary>The query option, or null.</summary>
    public string? Option(string name) => Query.TryGetValue(name, out var value) ? value : null;

    /// <summary>Whether the caller asked for annotations (Prefer odata.include-annotations).</summary>
    public bool WantsAnnotations => Prefer.Contains("odata.include-annotations", StringComparison.OrdinalIgnoreCase);

    /// <summary>The body, or the fault for a request that needs one.</summary>
    public JsonObject RequiredBody => Body ?? throw WebApiFault.BadRequest("The request needs a JSON body.");
}
