using System.Diagnostics;

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

    // The real command line, as a user runs it: leadsla.dll beside the tests, in a process of its own.
    private static async Task<(int Exit, string Errors)> Leadsla(string? environmentToken, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "leadsla.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["LEADSLA_TOKEN"] = environmentToken ?? string.Empty;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await errors);
    }
}
