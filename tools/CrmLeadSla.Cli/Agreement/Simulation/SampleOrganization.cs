using CrmLeadSla.LocalDataverse;

namespace CrmLeadSla.Cli.Agreement.Simulation;

/// <summary>
/// What <c>leadsla serve --sample</c> serves: the simulation's market, run on the solution — its configuration (scoring
/// model, agreement, rejection reasons), its marketing and sales users, and its leads with their stage history,
/// clocks and interactions — so export, report, rescore and a browser show real figures.
/// </summary>
public static class SampleOrganization
{
    /// <summary>Small enough to start in seconds, large enough for every figure of the report.</summary>
    public static readonly SimulationSettings Settings = new(Leads: 300, Days: 30);

    /// <summary>Runs the sample's simulation on the solution at <paramref name="solutionPath"/> (a folder or a packed zip; null: the repository's) and returns what it leaves behind.</summary>
    public static SolutionOrganization Create(string? solutionPath)
    {
        var installed = SimulationRun.Install(Settings, solutionPath);
        new SimulationRun(Settings).Execute(installed);
        return installed;
    }
}
