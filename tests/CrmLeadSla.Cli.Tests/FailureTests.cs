using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CrmLeadSla.LocalDataverse;
using CrmLeadSla.Plugins;
using CrmLeadSla.Solution.Source;
using CrmLeadSla.WebApi;

namespace CrmLeadSla.Cli.Tests;

/// <summary>
/// A command that cannot do its work ends quickly with exit code 1 and one sentence that says why and what to check:
/// no stack trace (unless --verbose), no output folder left behind.
/// </summary>
[UseCulture("en-US")]
public sealed class FailureTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("failure-").FullName;

    [Fact]
    public void Export_to_a_closed_port_ends_within_seconds_with_one_sentence_and_leaves_no_folder()
    {
        var output = Path.Combine(folder, "export");
        var clock = Stopwatch.StartNew();

        var run = CommandLineRun.Of("export", "--url", $"http://127.0.0.1:{ClosedPort()}", "--out", output);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed.TotalSeconds:N1} s");
        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        var line = Assert.Single(Lines(run.Error));
        Assert.StartsWith("leadsla export: Nothing answers at http://127.0.0.1:", line, StringComparison.Ordinal);
        Assert.EndsWith("check --url, or start leadsla serve there.", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void Export_to_an_unknown_host_says_the_host_is_unknown()
    {
        var run = CommandLineRun.Of("export", "--url", "http://no-such-host.invalid", "--token", "t", "--out", Path.Combine(folder, "export"));

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal("leadsla export: The host 'no-such-host.invalid' is unknown: check --url (e.g. https://contoso.crm.dynamics.com).", Assert.Single(Lines(run.Error)));
    }

    [Fact]
    public async Task Https_to_an_endpoint_that_speaks_http_says_the_secure_connection_failed()
    {
        await using var api = await LocalWebApi.StartAsync(LocalOrganization.FromSolution(SolutionFolder.Load(), SolutionAssemblies.Loaded), new WebApiOptions());

        var run = CommandLineRun.Of("export", "--url", $"https://127.0.0.1:{api.BaseAddress.Port}", "--out", Path.Combine(folder, "export"));

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        var line = Assert.Single(Lines(run.Error));
        Assert.StartsWith($"leadsla export: No secure connection to https://127.0.0.1:{api.BaseAddress.Port}: ", line, StringComparison.Ordinal);
        Assert.EndsWith("leadsla serve speaks http://, not https://.", line, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void Serve_on_a_port_in_use_says_so_at_once()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var run = CommandLineRun.Of("serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--sample");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal($"leadsla serve: Port {port} on 127.0.0.1 is in use: stop what listens there, or choose another with --port.", Assert.Single(Lines(run.Error)));
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void A_broken_model_file_is_named_with_its_line_and_no_stack_trace()
    {
        var model = Path.Combine(folder, "model.json");
        File.WriteAllText(model, "{ \"name\": \"Broken\", ");
        var leads = Path.Combine(folder, "leads.csv");
        File.WriteAllText(leads, "leadid,createdon\nL1,2026-03-02T08:00:00Z\n");

        var run = CommandLineRun.Of("score", "--model", model, "--leads", leads);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.StartsWith("leadsla score: Line 1, position", Assert.Single(Lines(run.Error)), StringComparison.Ordinal);
    }

    [Fact]
    public void With_verbose_a_failure_shows_its_stack_trace()
    {
        var run = CommandLineRun.Of("export", "--url", $"http://127.0.0.1:{ClosedPort()}", "--out", Path.Combine(folder, "export"), "--verbose");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("   at ", run.Error, StringComparison.Ordinal);
        Assert.Contains("EnvironmentUnreachableException", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // A port nothing listens on: taken from the system, then released.
    private static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
