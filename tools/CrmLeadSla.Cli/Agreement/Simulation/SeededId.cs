namespace CrmLeadSla.Cli.Agreement.Simulation;

/// <summary>Row ids drawn from the seed: two runs of one seed create the same leads and users, so the solution orders them alike.</summary>
internal static class SeededId
{
    public static Guid From(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
