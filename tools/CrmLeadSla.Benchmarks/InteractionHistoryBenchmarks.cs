using BenchmarkDotNet.Attributes;
using CrmLeadSla.Cli.Shipping.Bench;

namespace CrmLeadSla.Benchmarks;

/// <summary>
/// One interaction event as the lead's history grows: the shipped step (incremental state, cached model) against
/// the naive baseline registered in its place (reads model, rules, lead and every interaction, replays them).
/// </summary>
public class InteractionHistoryBenchmarks
{
    private BenchOrganization ours = null!;
    private BenchOrganization naive = null!;
    private Guid oursLead;
    private Guid naiveLead;

    /// <summary>Interactions the lead had before.</summary>
    [Params(10, 1_000, 10_000)]
    public int History { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        ours = new BenchOrganization(50);
        naive = new BenchOrganization(50);
        oursLead = ours.LeadWithHistory(History);
        naiveLead = naive.LeadWithHistory(History);
        naive.WithNaiveInteractionScoring();
    }

    [Benchmark(Baseline = true)]
    public void Naive() => naive.Interact(naiveLead);

    [Benchmark]
    public void Ours() => ours.Interact(oursLead);
}
