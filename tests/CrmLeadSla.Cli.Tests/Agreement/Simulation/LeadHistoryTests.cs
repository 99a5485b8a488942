using CrmLeadSla.Cli.Learning.History;
using CrmLeadSla.Cli.Agreement.Reporting;
using CrmLeadSla.Cli.Agreement.Simulation;

namespace CrmLeadSla.Cli.Tests.Agreement.Simulation;

public class LeadHistoryTests
{
    [Fact]
    public void The_history_holds_every_simulated_lead_with_how_far_it_went_in_the_format_calibrate_reads()
    {
        var folder = Directory.CreateTempSubdirectory("simulate-").FullName;
        SimulateCommand.Run(new SimulationSettings(Leads: 120, Days: 30, Seed: 3, SalesReps: 2, Marketers: 1), compare: false, folder, null, TextWriter.Null);

        var history = HistoryFile.Read(Path.Combine(folder, LeadHistory.FileName));
        var tables = ReportCsv.Read(folder);
        var reachedSql = tables.Transitions.Where(t => t.ToStage == "SQL").Select(t => t.LeadId).Distinct().Count();

        Assert.Equal(tables.Leads.Select(l => l.LeadId), history.Select(h => h.LeadId));
        Assert.Equal(reachedSql, history.Count(h => h.Converted));
        Assert.All(history, h => Assert.NotEmpty(h.Interactions));
    }
}
