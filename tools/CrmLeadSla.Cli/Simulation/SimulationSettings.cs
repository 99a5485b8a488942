namespace CrmLeadSla.Cli.Simulation;

/// <summary>What one simulation runs: the size of the market and the teams, the period, the seed, and whether the SLA applies.</summary>
/// <param name="Leads">Prospects that become leads over the period.</param>
/// <param name="Days">Simulated days.</param>
/// <param name="Seed">The seed of every random choice: the same seed gives the same run.</param>
/// <param name="SalesReps">Users with the Lead SLA Sales role.</param>
/// <param name="Marketers">Users with the Lead SLA Marketing role.</param>
/// <param name="WithSla">True: hand-over rules, deadlines and clocks apply; false: the same market as a baseline without them.</param>
public sealed record SimulationSettings(int Leads = 1500, int Days = 90, int Seed = 1, int SalesReps = 5, int Marketers = 2, bool WithSla = true)
{
    /// <summary>The simulation's first moment: a Monday morning.</summary>
    public static readonly DateTime Start = new(2026, 3, 2, 7, 0, 0, DateTimeKind.Utc);

    /// <summary>The simulation's last moment.</summary>
    public DateTime End => Start.AddDays(Days);
}
