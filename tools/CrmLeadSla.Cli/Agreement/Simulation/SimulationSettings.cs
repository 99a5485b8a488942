using CrmLeadSla.Cli.Options;

namespace CrmLeadSla.Cli.Agreement.Simulation;

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

    /// <summary>The most leads a run takes: about 30 KB of memory each, so a million fit in 32 GB (docs/simulation.md).</summary>
    public const int MaxLeads = 1_000_000;

    /// <summary>The longest period a run covers: ten years.</summary>
    public const int MaxDays = 3_650;

    /// <summary>The largest team of either kind: every rep works two sessions a day, so the agenda grows with the team.</summary>
    public const int MaxTeam = 1_000;

    /// <summary>The range of <c>--leads</c>.</summary>
    public static readonly OptionLimit LeadsLimit = new("--leads", 1, MaxLeads, ("about 30 KB of memory each", "etwa 30 KB Speicher je Lead"));

    /// <summary>The range of <c>--days</c>.</summary>
    public static readonly OptionLimit DaysLimit = new("--days", 1, MaxDays, ("ten years", "zehn Jahre"));

    /// <summary>The range of <c>--sales-reps</c>.</summary>
    public static readonly OptionLimit SalesRepsLimit = new("--sales-reps", 1, MaxTeam);

    /// <summary>The range of <c>--marketers</c>.</summary>
    public static readonly OptionLimit MarketersLimit = new("--marketers", 1, MaxTeam);

    /// <summary>The simulation's last moment.</summary>
    public DateTime End => Start.AddDays(Days);

    /// <summary>What is wrong with the counts, one message per option that names it and its limits; empty when they can run.</summary>
    public IReadOnlyList<string> Problems() =>
        new[]
        {
            LeadsLimit.ProblemWith(Leads),
            DaysLimit.ProblemWith(Days),
            SalesRepsLimit.ProblemWith(SalesReps),
            MarketersLimit.ProblemWith(Marketers),
        }.OfType<string>().ToList();
}
