using BenchmarkDotNet.Running;

// dotnet run -c Release --project tools/CrmLeadSla.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(CrmLeadSla.Benchmarks.FitScoringBenchmarks).Assembly).Run(args, new ShortReferenceConfig());
