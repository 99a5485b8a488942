using BenchmarkDotNet.Attributes;
using CrmLeadSla.Cli.Shipping.Bench;

namespace CrmLeadSla.Benchmarks;

/// <summary>
/// <c>leadsla rescore</c>'s code path over the local Web API after a rule change that moves every lead's score.
/// Each iteration makes every lead stale again first (not measured). 100,000 leads: `leadsla bench --full`.
/// </summary>
[InvocationCount(1)]
[IterationCount(3)]
public class RescoreBenchmarks
{
    private RescoreRun run = null!;

    /// <summary>Open leads in the organization.</summary>
    [Params(1_000, 10_000)]
    public int Leads { get; set; }

    [GlobalSetup]
    public void Setup() => run = RescoreRun.StartAsync(Leads).GetAwaiter().GetResult();

    [IterationSetup]
    public void MakeEveryLeadStale() => run.MakeEveryLeadStale();

    [Benchmark]
    public Task RescoreEveryLead() => run.RescoreAsync();

    [GlobalCleanup]
    public void Cleanup() => run.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
