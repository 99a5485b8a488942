using BenchmarkDotNet.Attributes;
using CrmLeadSla.Cli.Shipping.Bench;

namespace CrmLeadSla.Benchmarks;

/// <summary>
/// A lead create with the model cache cold: each iteration runs in a fresh organization, so the model cache is
/// empty (the run is in process, so the plug-ins are already JIT-compiled; `leadsla bench` measures the first event
/// of a process). Compare with <see cref="PluginStepBenchmarks.LeadCreate"/> (warm).
/// </summary>
[InvocationCount(1)]
public class ColdStartBenchmarks
{
    private BenchOrganization bench = null!;

    [IterationSetup]
    public void NewOrganization() => bench = new BenchOrganization(50);

    [Benchmark]
    public Guid FirstLeadCreate() => bench.NewLead();
}
