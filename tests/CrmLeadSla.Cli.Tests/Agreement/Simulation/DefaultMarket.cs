using CrmLeadSla.Cli.Agreement.Reporting;
using CrmLeadSla.Cli.Agreement.Simulation;

namespace CrmLeadSla.Cli.Tests.Agreement.Simulation;

/// <summary>The default market simulated once with and once without the SLA, shared by the tests that read it.</summary>
public sealed class DefaultMarket
{
    public DefaultMarket()
    {
        var withSla = new SimulationRun(Settings).Execute(SimulationRun.Install(Settings));
        WithSla = withSla.Tables;
        RefusedWithSla = withSla.Refusals;
        WithoutSla = new SimulationRun(Settings with { WithSla = false }).Execute(SimulationRun.Install(Settings)).Tables;
    }

    public SimulationSettings Settings { get; } = new();

    public ReportTables WithSla { get; }

    /// <summary>The actions Dataverse refused in the run with the SLA, by wording.</summary>
    public IReadOnlyDictionary<string, int> RefusedWithSla { get; }

    public ReportTables WithoutSla { get; }
}
