using System.Reflection;

namespace CrmLeadSla.Sandbox.Tests;

/// <summary>
/// The harness's two builds, each run once per test run: the net462 build on Mono (the deployable assemblies,
/// as the sandbox runs them) and the current-.NET build on dotnet, with the same cases and the same input.
/// </summary>
internal static class SandboxRuns
{
    public const string SkipVariable = "LEADSLA_SKIP_MONO";

    private static readonly Lazy<HarnessRun> Mono = new(RunOnMono);

    private static readonly Lazy<HarnessRun> DotNet = new(() => HarnessRun.Of("dotnet", [Build(".dll")], Environment()));

    /// <summary>The SDK mode the harness was built in: StandIn, Path (Microsoft's binaries) or NuGet.</summary>
    public static string XrmSdk => Metadata("XrmSdk").Single();

    /// <summary>The run on Mono. Without Mono the test fails, unless LEADSLA_SKIP_MONO=1 (a developer machine) skips it.</summary>
    public static HarnessRun OnMono()
    {
        if (MonoProgram is null)
        {
            Skip.If(System.Environment.GetEnvironmentVariable(SkipVariable) == "1", $"Mono is not installed and {SkipVariable}=1.");
            Assert.Fail(
                "Mono is not installed, so the net462 assemblies cannot be executed. Install it with `apt-get install -y mono-runtime "
                + "libmono-system-runtime-serialization4.0-cil libmono-system-servicemodel4.0a-cil libmono-system-core4.0-cil` "
                + $"(.ci/run does), or set {SkipVariable}=1 to skip these tests on a developer machine.");
        }

        return Mono.Value;
    }

    public static HarnessRun OnDotNet() => DotNet.Value;

    private static HarnessRun RunOnMono()
    {
        var zones = WindowsNamedZones();
        try
        {
            return HarnessRun.Of(MonoProgram!, [Build(".exe")], Environment(("TZDIR", zones)));
        }
        finally
        {
            Directory.Delete(zones, recursive: true);
        }
    }

    private static string? MonoProgram { get; } =
        (System.Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "mono"))
            .FirstOrDefault(File.Exists);

    private static string Build(string extension) =>
        Metadata("SandboxHarness").SingleOrDefault(path => path.EndsWith(extension, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"The build of the sandbox harness ending in {extension} is not known to the test: rebuild tests/CrmLeadSla.Sandbox.Tests.");

    // The culture of a German server: what the plug-ins write must not depend on it.
    private static Dictionary<string, string> Environment(params (string Name, string Value)[] more)
    {
        var environment = new Dictionary<string, string> { ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8" };
        foreach (var (name, value) in more)
        {
            environment[name] = value;
        }

        return environment;
    }

    // Mono on Linux finds a time zone only by the name of its file under TZDIR (IANA ids); Dataverse's sandbox runs
    // on Windows and finds it by the Windows id lsla_timezone holds. The run gets a zone folder that names the zone
    // of the harness's agreement by its Windows id, as Windows would.
    private static string WindowsNamedZones()
    {
        const string berlin = "/usr/share/zoneinfo/Europe/Berlin";
        if (!File.Exists(berlin))
        {
            throw new InvalidOperationException($"{berlin} is missing: Mono reads time zones from the IANA database. Install it with `apt-get install -y tzdata`.");
        }

        var folder = Directory.CreateTempSubdirectory("leadsla-zones-").FullName;
        File.Copy(berlin, Path.Combine(folder, "W. Europe Standard Time"));
        return folder;
    }

    private static IEnumerable<string> Metadata(string key) =>
        typeof(SandboxRuns).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Where(attribute => attribute.Key == key)
            .Select(attribute => attribute.Value!);
}
