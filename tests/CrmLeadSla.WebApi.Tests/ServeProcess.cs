using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CrmLeadSla.WebApi.Tests;

/// <summary><c>leadsla serve</c> in a process of its own on a free loopback port, stopped (the process ended) when disposed.</summary>
internal sealed class ServeProcess : IAsyncDisposable
{
    private readonly Process process;

    private ServeProcess(Process process, string banner, int port)
    {
        this.process = process;
        Banner = banner;
        Url = $"http://127.0.0.1:{port}";
    }

    /// <summary>The line serve printed when it started listening.</summary>
    public string Banner { get; }

    /// <summary>The URL to give the commands.</summary>
    public string Url { get; }

    /// <summary>The service root, for requests of the test itself.</summary>
    public Uri ServiceRoot => new(Url + WebApi.LocalWebApi.ServicePath);

    /// <summary>Starts serve with the options and waits until it listens (or fails with what it said).</summary>
    public static async Task<ServeProcess> StartAsync(params string[] options)
    {
        var port = FreePort();
        var process = Leadsla.Start(["serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), .. options]);
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (await process.StandardOutput.ReadLineAsync(patience.Token) is string line)
        {
            if (line.StartsWith("Serving ", StringComparison.Ordinal))
            {
                // Keep reading what it prints, so a full pipe never blocks it.
                _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
                return new ServeProcess(process, line, port);
            }
        }

        var error = await process.StandardError.ReadToEndAsync(CancellationToken.None);
        process.Dispose();
        throw new InvalidOperationException("leadsla serve did not start: " + error);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
