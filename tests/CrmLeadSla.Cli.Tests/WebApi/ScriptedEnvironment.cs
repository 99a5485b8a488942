using System.Net;
using System.Text.Json.Nodes;

namespace CrmLeadSla.Cli.Tests.WebApi;

/// <summary>
/// A stand-in for an environment's HTTP side: answers each request with the next of a script (a status, a Retry-After,
/// a delay before answering), the last one again once the script is used up; counts what it was sent.
/// </summary>
internal sealed class ScriptedEnvironment(params ScriptedAnswer[] script) : HttpMessageHandler
{
    private int sent;

    public int Requests => sent;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var answer = script[Math.Min(Interlocked.Increment(ref sent), script.Length) - 1];
        if (answer.Delay > TimeSpan.Zero)
        {
            await Task.Delay(answer.Delay, cancellationToken);
        }

        var response = new HttpResponseMessage(answer.Status)
        {
            Content = new StringContent(answer.Status == HttpStatusCode.OK ? "{\"value\":[]}" : new JsonObject { ["error"] = new JsonObject { ["code"] = "0x80072321", ["message"] = $"Answered {(int)answer.Status}." } }.ToJsonString()),
        };
        if (answer.RetryAfter is TimeSpan wait)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(wait);
        }

        return response;
    }
}

/// <summary>One answer of a <see cref="ScriptedEnvironment"/>.</summary>
internal sealed record ScriptedAnswer(HttpStatusCode Status, TimeSpan? RetryAfter = null, TimeSpan Delay = default)
{
    public static ScriptedAnswer Ok { get; } = new(HttpStatusCode.OK);
}
