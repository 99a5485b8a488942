using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace CrmLeadSla.Sandbox.Tests;

/// <summary>One run of a build of tools/CrmLeadSla.SandboxHarness in a process of its own: exit code, the cases it printed, its errors.</summary>
internal sealed class HarnessRun
{
    private HarnessRun(int exitCode, IReadOnlyList<string> lines, string errors)
    {
        ExitCode = exitCode;
        Lines = lines;
        Errors = errors;
    }

    public int ExitCode { get; }

    /// <summary>One JSON object per case, as printed.</summary>
    public IReadOnlyList<string> Lines { get; }

    public string Errors { get; }

    /// <summary>What a reader of the run sees when an assertion fails.</summary>
    public string Printed => string.Join("\n", Lines) + "\n" + Errors;

    /// <summary>The case with the name, parsed.</summary>
    public JsonElement Case(string name) =>
        Lines.Select(line => JsonDocument.Parse(line).RootElement).SingleOrDefault(element => element.GetProperty("case").GetString() == name) is { ValueKind: JsonValueKind.Object } found
            ? found
            : throw new InvalidOperationException($"The harness printed no case '{name}':\n{Printed}");

    /// <summary>The printed lines of every case but those named.</summary>
    public IReadOnlyList<string> LinesExcept(params string[] cases) =>
        Lines.Where(line => !cases.Contains(JsonDocument.Parse(line).RootElement.GetProperty("case").GetString())).ToList();

    /// <summary>Starts the program with the arguments and waits for it (at most two minutes).</summary>
    public static HarnessRun Of(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not finish within two minutes.");
        }

        var lines = output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return new HarnessRun(process.ExitCode, lines, errors.Result);
    }
}
