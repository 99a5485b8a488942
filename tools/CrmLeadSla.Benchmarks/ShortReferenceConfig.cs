using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

/// <summary>
/// The reference run's settings: BenchmarkDotNet's defaults (console, Markdown/CSV/HTML reports) with one short job
/// run in process — no generated project to build per job, one warm-up, five measured iterations — so every
/// benchmark together finishes in about ten minutes on two shared cores. Classes adjust it with mutator attributes.
/// </summary>
internal sealed class ShortReferenceConfig : ManualConfig
{
    public ShortReferenceConfig()
    {
        Add(DefaultConfig.Instance);
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5).WithId("Reference"));
        AddDiagnoser(MemoryDiagnoser.Default);
        WithOptions(ConfigOptions.JoinSummary);
    }
}
