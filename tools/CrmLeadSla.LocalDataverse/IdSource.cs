namespace CrmLeadSla.LocalDataverse;

/// <summary>
/// Where a local organization's new ids come from: rows created without an id, intersect rows, business units,
/// users and teams created without one. Random by default, as Dataverse's; a seeded source gives the same ids in the
/// same order every run, so a run that makes its requests one after another writes the same rows every time.
/// Safe for parallel use (parallel requests then draw in whatever order they run).
/// </summary>
public abstract class IdSource
{
    /// <summary>Random ids (<see cref="Guid.NewGuid"/>), as Dataverse gives them.</summary>
    public static IdSource Random { get; } = new RandomIds();

    /// <summary>
    /// Ids drawn from a pseudo-random sequence started by <paramref name="seed"/>: the same seed, the same ids. The
    /// sequence is not <c>new Random(seed)</c>'s, so a caller that draws its own ids from that seed gets other ones.
    /// </summary>
    public static IdSource Seeded(int seed) => new SeededIds(seed);

    /// <summary>The next new id.</summary>
    public abstract Guid Next();

    private sealed class RandomIds : IdSource
    {
        public override Guid Next() => Guid.NewGuid();
    }

    private sealed class SeededIds(int seed) : IdSource
    {
        private readonly Lock sync = new();
        // Mixed with a constant: a stream of its own, apart from System.Random(seed) that callers may use themselves.
        private readonly System.Random random = new(seed ^ 0x2545F491);
        private readonly byte[] bytes = new byte[16];

        public override Guid Next()
        {
            lock (sync)
            {
                random.NextBytes(bytes);

                // Version 4 and the RFC 4122 variant, as a random GUID has: the ids look like any other.
                bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
                bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
                return new Guid(bytes);
            }
        }
    }
}
