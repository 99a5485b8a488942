using CrmLeadSla.Cli.CsvFiles;
using CrmLeadSla.Cli.Learning.History;
using CrmLeadSla.Cli.Agreement.Reporting;
using CrmLeadSla.Cli.Agreement.Simulation;
using CrmLeadSla.Cli.WebApi;

namespace CrmLeadSla.Cli.Environments;

/// <summary>The rows an export wrote.</summary>
public sealed record ExportCounts(int Leads, int Transitions, int Clocks);

/// <summary>Writes the report's CSV files and the history file of an organization into a folder.</summary>
public static class EnvironmentExport
{
    /// <summary>The history file's name in the output folder.</summary>
    public const string HistoryFileName = "history.csv";

    /// <summary>Writes leads.csv, transitions.csv, clocks.csv, agreements.csv and history.csv into <paramref name="folder"/>, in <paramref name="style"/> (default plain).</summary>
    public static ExportCounts Write(Microsoft.Xrm.Sdk.IOrganizationService service, string folder, CsvStyle? style = null)
    {
        Directory.CreateDirectory(folder);
        var tables = OrganizationExport.Tables(service);
        ReportCsv.Write(tables, folder, style);
        HistoryFile.Write(Path.Combine(folder, HistoryFileName), style ?? CsvStyle.Plain, OrganizationHistory.Read(service));

        return new ExportCounts(tables.Leads.Count, tables.Transitions.Count, tables.Clocks.Count);
    }
}
