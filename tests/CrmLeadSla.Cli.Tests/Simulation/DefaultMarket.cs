using CrmLeadSla.Cli;
using CrmLeadSla.Cli.Reporting;
using CrmLeadSla.Cli.Simulation;
using CrmLeadSla.LocalDataverse;

namespace CrmLeadSla.Cli.Tests.Simulation;

/// <summary>The default market simulated once with and once without the SLA, shared by the tests that read it.</summary>
public sealed class DefaultMarket
{
    public DefaultMarket()
    {
        WithSla = new SimulationRun(Settings).Execute(Installed()).Tables;
        WithoutSla = new SimulationRun(Settings with { WithSla = false }).Execute(Installed()).Tables;
    }

    public SimulationSettings Settings { get; } = new();

    public ReportTables WithSla { get; }

    public ReportTables WithoutSla { get; }

    private static SolutionOrganization Installed() => SolutionOrganization.Load(null, SolutionAssemblies.Loaded, SimulationSettings.Start);
}
