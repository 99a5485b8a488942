namespace CrmLeadSla.Cli.Environments;

/// <summary>Where the bearer token of each request comes from; null means the endpoint needs none (loopback).</summary>
public interface ITokenSource
{
    Task<string?> TokenAsync(CancellationToken cancellationToken);
}

/// <summary>A local endpoint on loopback, reached without credentials: no token.</summary>
public sealed class NoToken : ITokenSource
{
    public Task<string?> TokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
