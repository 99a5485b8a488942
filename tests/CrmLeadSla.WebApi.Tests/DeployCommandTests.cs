using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CrmLeadSla.Cli;

namespace CrmLeadSla.WebApi.Tests;

/// <summary><c>leadsla deploy</c> as a user calls it: a place where nothing listens ends quickly with one sentence.</summary>
public sealed class DeployCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("deploy-").FullName;

    [Fact]
    public void Deploying_to_a_closed_port_ends_within_seconds_with_one_sentence_and_exit_code_1()
    {
        var zip = Path.Combine(folder, "CrmLeadSla_managed.zip");
        File.WriteAllBytes(zip, PackedSolution.Zip);
        var error = new StringWriter();
        var clock = Stopwatch.StartNew();

        var code = LeadSlaCommandLine.Run(
            ["deploy", "--url", $"http://127.0.0.1:{ClosedPort()}", "--solution", zip, "--lang", "en"],
            new InvocationConfiguration { Output = TextWriter.Null, Error = error });

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed.TotalSeconds:N1} s");
        Assert.Equal(ExitCodes.Failure, code);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("leadsla deploy: Nothing answers at http://127.0.0.1:", line, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    // A port nothing listens on: taken from the system, then released.
    private static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
