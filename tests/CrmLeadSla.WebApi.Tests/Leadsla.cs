using System.Diagnostics;
using System.Text;

namespace CrmLeadSla.WebApi.Tests;

/// <summary>
/// The real command line, as an admin runs it: leadsla.dll beside the tests, each command in a process of its own, in
/// English, from the repository's folder (where it finds Solution/).
/// </summary>
internal static class Leadsla
{
    /// <summary>Runs a command to its end.</summary>
    public static async Task<LeadslaRun> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(environment, arguments))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new LeadslaRun(process.ExitCode, await output, await error);
    }

    /// <summary>Runs a command to its end, with the environment as it is.</summary>
    public static Task<LeadslaRun> RunAsync(params string[] arguments) => RunAsync(null, arguments);

    /// <summary>Starts a command that runs until it is stopped (serve).</summary>
    public static Process Start(params string[] arguments) => Process.Start(StartInfo(null, arguments))!;

    private static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string>? environment, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = PackedSolution.Root,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "leadsla.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["LANG"] = "en_US.UTF-8";
        start.Environment["LC_ALL"] = "en_US.UTF-8";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return start;
    }
}

/// <summary>One run of a leadsla command: its exit code, what it printed and what it said on the error output.</summary>
internal sealed record LeadslaRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}{Environment.NewLine}{Output}{Environment.NewLine}{Error}";
}
