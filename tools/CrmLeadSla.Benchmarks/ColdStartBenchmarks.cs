using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CrmLeadSla.Cli.Bench;

namespace CrmLeadSla.Benchmarks;

/// <summary>
/// A lead create with the plug-ins cold: each iteration runs in a fresh organization, so the model cache is empty;
/// the first iteration of each process also loads and JIT-compiles the plug-ins. Compare with
/// <see cref="PluginStepBenchmarks.LeadCreate"/> (warm).
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 3, warmupCount: 0, iterationCount: 3, invocationCount: 1, id: "Cold")]
public class ColdStartBenchmarks
{
    private BenchOrganization bench = null!;

    [IterationSetup]
    public void NewOrganization() => bench = new BenchOrganization(50);

    [Benchmark]
    public Guid FirstLeadCreate() => bench.NewLead();
}
