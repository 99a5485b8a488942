using CrmLeadSla.Cli.Reporting;
using CrmLeadSla.Cli.Simulation;

namespace CrmLeadSla.Cli.Tests.Simulation;

/// <summary>The files <c>leadsla simulate</c> writes for a market, by name.</summary>
internal static class SimulatedFiles
{
    // The export tables, the report's tables and the dashboard. Not clocks.csv: the solution gives each clock a new,
    // random id; the clocks' figures are in report-clocks*.csv.
    public static Dictionary<string, string> Of(SimulationSettings settings, string? solutionPath = null, TextWriter? console = null)
    {
        var folder = Directory.CreateTempSubdirectory("simulate-").FullName;
        var exitCode = SimulateCommand.Run(settings, compare: false, folder, solutionPath, console ?? TextWriter.Null);
        Assert.Equal(0, exitCode);
        return Directory.GetFiles(folder)
            .Where(path => Path.GetFileName(path) != ReportCsv.ClocksFile)
            .ToDictionary(path => Path.GetFileName(path), File.ReadAllText);
    }
}
