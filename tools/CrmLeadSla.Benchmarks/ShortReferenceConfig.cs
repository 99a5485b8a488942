using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

/// <summary>
/// The reference run's settings: memory allocated per operation, one summary. Each class names its own short job
/// (one process, few iterations), so every benchmark together finishes in about ten minutes on two shared cores.
/// </summary>
internal sealed class ShortReferenceConfig : ManualConfig
{
    public ShortReferenceConfig()
    {
        AddDiagnoser(MemoryDiagnoser.Default);
        WithOptions(ConfigOptions.JoinSummary);
    }
}
