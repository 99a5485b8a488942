using BenchmarkDotNet.Attributes;
using CrmLeadSla.Cli.Shipping.Bench;

namespace CrmLeadSla.Benchmarks;

/// <summary>One interaction's behaviour update: incremental (ours) against a replay of 1,000 earlier interactions (naive).</summary>
public class BehaviourBenchmarks
{
    private readonly ScoringWork work = new(50);

    [Benchmark(Baseline = true)]
    public object NaiveReplayOfEveryInteraction() => work.BehaviourReplayed();

    [Benchmark]
    public object IncrementalUpdate() => work.BehaviourAdded();
}
