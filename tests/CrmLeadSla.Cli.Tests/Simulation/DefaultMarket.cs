using CrmLeadSla.Cli.Reporting;
using CrmLeadSla.Cli.Simulation;
using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Cli.Tests.Simulation;

/// <summary>The default market simulated once with and once without the SLA, shared by the tests that read it.</summary>
public sealed class DefaultMarket
{
    public DefaultMarket()
    {
        var solution = SolutionFolder.Load();
        WithSla = new SimulationRun(Settings).Execute(solution).Tables;
        WithoutSla = new SimulationRun(Settings with { WithSla = false }).Execute(solution).Tables;
    }

    public SimulationSettings Settings { get; } = new();

    public ReportTables WithSla { get; }

    public ReportTables WithoutSla { get; }
}
