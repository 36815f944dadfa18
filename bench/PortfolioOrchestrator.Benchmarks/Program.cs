using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(PortfolioOrchestrator.Benchmarks.EngineBenchmarks).Assembly).Run(args);
