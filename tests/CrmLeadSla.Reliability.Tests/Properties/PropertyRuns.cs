using System.Globalization;

namespace CrmLeadSla.Reliability.Tests.Properties;

/// <summary>
/// How many generated cases a property runs and from which seed. CI runs <see cref="BoundedIterations"/> cases from
/// <see cref="CiSeed"/>, so every run tries the same inputs and a failure replays. LEADSLA_PROPERTY_ITERATIONS=N runs N
/// cases instead; LEADSLA_PROPERTY_SEED=… replays the seed a failure printed (or "random" for a fresh one).
/// </summary>
internal static class PropertyRuns
{
    public const int BoundedIterations = 200;

    // A CsCheck seed string: the first case's random state, printed with every run.
    public const string CiSeed = "3oxJd_8x0Bi1";

    public static long Iterations =>
        long.TryParse(Environment.GetEnvironmentVariable("LEADSLA_PROPERTY_ITERATIONS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var iterations) && iterations > 0
            ? iterations
            : BoundedIterations;

    public static string? Seed => Environment.GetEnvironmentVariable("LEADSLA_PROPERTY_SEED") switch
    {
        null or "" => CiSeed,
        "random" => null,
        var given => given,
    };

    public static string Describe() => $"{Iterations} cases from seed {Seed ?? "(random)"} (replay: LEADSLA_PROPERTY_SEED, more: LEADSLA_PROPERTY_ITERATIONS)";
}
