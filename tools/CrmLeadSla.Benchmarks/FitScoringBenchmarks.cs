using BenchmarkDotNet.Attributes;
using CrmLeadSla.Cli.Shipping.Bench;

namespace CrmLeadSla.Benchmarks;

/// <summary>Fit scoring of one lead as the model grows (pure domain, no service).</summary>
public class FitScoringBenchmarks
{
    private ScoringWork work = null!;

    /// <summary>Fit rules in the model.</summary>
    [Params(10, 50, 200)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup() => work = new ScoringWork(Rules);

    [Benchmark]
    public object FitScoreOfOneLead() => work.FitScore();

    [Benchmark]
    public object ReadAndFitScoreOfOneLead() => work.ReadAndFitScore();
}
