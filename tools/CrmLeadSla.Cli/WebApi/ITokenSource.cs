using CrmLeadSla.Cli.Environments;
namespace CrmLeadSla.Cli.WebApi;

/// <summary>Where the bearer token of each request comes from; null means the endpoint needs none (loopback).</summary>
public interface ITokenSource
{
    Task<string?> TokenAsync(CancellationToken cancellationToken);
}

/// <summary>A token the caller gave (--token or LEADSLA_TOKEN), sent as it is with every request.</summary>
public sealed class GivenToken(string token) : ITokenSource
{
    public Task<string?> TokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(token);
}

/// <summary>A local endpoint on loopback, reached without credentials: no token.</summary>
public sealed class NoToken : ITokenSource
{
    public Task<string?> TokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
