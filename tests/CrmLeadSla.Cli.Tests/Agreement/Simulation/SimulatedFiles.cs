using CrmLeadSla.Cli.Agreement.Simulation;

namespace CrmLeadSla.Cli.Tests.Agreement.Simulation;

/// <summary>The files <c>leadsla simulate</c> writes for a market, by path below its output folder.</summary>
internal static class SimulatedFiles
{
    // The export tables (clocks.csv with the ids the solution gave the clocks), the report's tables, history.csv and the
    // dashboard; with compare, the baseline's too.
    public static Dictionary<string, byte[]> Of(SimulationSettings settings, bool compare = false, string? solutionPath = null, TextWriter? console = null)
    {
        var folder = Directory.CreateTempSubdirectory("simulate-").FullName;
        var exitCode = SimulateCommand.Run(settings, compare, folder, solutionPath, console ?? TextWriter.Null);
        Assert.Equal(0, exitCode);
        return Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(folder, path), File.ReadAllBytes);
    }
}
