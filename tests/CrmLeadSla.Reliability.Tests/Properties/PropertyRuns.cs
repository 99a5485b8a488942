using System.Globalization;
using CsCheck;

namespace CrmLeadSla.Reliability.Tests.Properties;

/// <summary>
/// How many generated cases a property runs and from which seed. CI runs <see cref="BoundedIterations"/> cases, all drawn
/// from <see cref="CiSeed"/>, so every run tries the same inputs. LEADSLA_PROPERTY_ITERATIONS=N runs N cases instead (the
/// long run); LEADSLA_PROPERTY_SEED=… draws them from another seed (or "random" for a fresh one, printed on failure).
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

    /// <summary>
    /// Checks the property on every case: the cases are drawn as one list from the seed (so the seed fixes all of them, not
    /// only the first), and a failing case is reported with its number and value.
    /// </summary>
    public static void Check<T>(Gen<T> gen, Action<T> property) =>
        gen.Array[(int)Iterations].Sample(
            cases =>
            {
                for (var i = 0; i < cases.Length; i++)
                {
                    try
                    {
                        property(cases[i]);
                    }
                    catch (Exception failure) when (failure is not PropertyFailure)
                    {
                        throw new PropertyFailure($"Case {i} of {cases.Length} failed: {cases[i]}", failure);
                    }
                }
            },
            seed: Seed,
            iter: 1,
            threads: 1);

    public static string Describe() => $"{Iterations} cases from seed {Seed ?? "(random)"} (replay: LEADSLA_PROPERTY_SEED, more: LEADSLA_PROPERTY_ITERATIONS)";
}

/// <summary>A generated case broke a property; the message names the case.</summary>
internal sealed class PropertyFailure(string message, Exception inner) : Exception(message, inner);
