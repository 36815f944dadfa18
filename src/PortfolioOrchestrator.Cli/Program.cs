using PortfolioOrchestrator.Cli;

return await PoApplication.RunAsync(args, CliEnvironment.FromProcess());
