using PortfolioOrchestrator.Cli;

return await PoApplication.RunAsync(args, PoEnvironment.FromProcess());
