namespace CrmLeadSla.WebApi.Tests;

/// <summary>The environment commands against <c>leadsla serve --auth</c>: the token goes with --token or LEADSLA_TOKEN.</summary>
public sealed class TokenTests : IDisposable
{
    private const string Token = "5ecret-t0ken";
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"lsla-token-{Guid.NewGuid():N}");

    [Fact]
    public async Task Export_with_the_endpoint_s_token_given_by_option_is_served()
    {
        await using var served = await ServedOrganization.StartAsync(new WebApiOptions { BearerToken = Token });

        var (exit, _) = await Leadsla(null, "export", "--url", served.Api.BaseAddress.ToString(), "--out", folder, "--token", Token);

        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(folder, "leads.csv")));
    }

    [Fact]
    public async Task Export_with_the_endpoint_s_token_from_the_environment_is_served()
    {
        await using var served = await ServedOrganization.StartAsync(new WebApiOptions { BearerToken = Token });

        var (exit, _) = await Leadsla(Token, "export", "--url", served.Api.BaseAddress.ToString(), "--out", folder);

        Assert.Equal(0, exit);
    }

    [Fact]
    public async Task Export_without_a_token_is_refused_by_an_endpoint_that_demands_one()
    {
        await using var served = await ServedOrganization.StartAsync(new WebApiOptions { BearerToken = Token });

        var (exit, errors) = await Leadsla(null, "export", "--url", served.Api.BaseAddress.ToString(), "--out", folder);

        Assert.Equal(1, exit);
        Assert.Contains("bearer token", errors, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int Exit, string Errors)> Leadsla(string? environmentToken, params string[] arguments)
    {
        var run = await Tests.Leadsla.RunAsync(new Dictionary<string, string> { ["LEADSLA_TOKEN"] = environmentToken ?? string.Empty }, arguments);
        return (run.ExitCode, run.Error);
    }
}
