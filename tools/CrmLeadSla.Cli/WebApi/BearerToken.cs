using System.Net.Http.Headers;
using CrmLeadSla.Cli.Environments;

namespace CrmLeadSla.Cli.WebApi;

/// <summary>Puts the token source's bearer token on every request (none for a local endpoint without credentials).</summary>
internal sealed class BearerToken(ITokenSource tokens, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.TokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
