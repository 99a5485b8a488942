using BenchmarkDotNet.Attributes;
using CrmLeadSla.Cli.Shipping.Bench;

namespace CrmLeadSla.Benchmarks;

/// <summary>
/// Each plug-in step end to end through the local Dataverse, warm: one save as the user makes it, the platform's
/// own work included. Every iteration prepares fresh leads in the stage the event needs (not measured).
/// </summary>
[InvocationCount(1)]
public class PluginStepBenchmarks
{
    private const int Events = 20;

    private BenchOrganization bench = null!;
    private List<Guid> inquiries = [];
    private List<Guid> handedOver = [];
    private List<Guid> accepted = [];

    [GlobalSetup]
    public void Setup()
    {
        bench = new BenchOrganization(50);
        bench.NewLead();
    }

    [IterationSetup]
    public void PrepareLeads()
    {
        inquiries = Enumerable.Range(0, Events).Select(_ => bench.NewLead()).ToList();
        handedOver = Enumerable.Range(0, Events).Select(_ => bench.HandedOverLead()).ToList();
        accepted = Enumerable.Range(0, Events).Select(_ => bench.AcceptedLead()).ToList();
    }

    [Benchmark(OperationsPerInvoke = Events)]
    public void LeadCreate()
    {
        for (var index = 0; index < Events; index++)
        {
            bench.NewLead();
        }
    }

    [Benchmark(OperationsPerInvoke = Events)]
    public void LeadUpdateOfARuleColumn() => inquiries.ForEach(lead => bench.ChangeJobTitle(lead, "VP Engineering"));

    [Benchmark(OperationsPerInvoke = Events)]
    public void InteractionCreate() => inquiries.ForEach(bench.Interact);

    [Benchmark(OperationsPerInvoke = Events)]
    public void Accept() => handedOver.ForEach(bench.Accept);

    [Benchmark(OperationsPerInvoke = Events)]
    public void Reject() => handedOver.ForEach(bench.Reject);

    [Benchmark(OperationsPerInvoke = Events)]
    public void Qualify() => accepted.ForEach(bench.Qualify);
}
