global using PortfolioOrchestrator.Domain.Broker;
global using PortfolioOrchestrator.Domain.Engine;
global using PortfolioOrchestrator.Domain.Policy;
global using PortfolioOrchestrator.Domain.Primitives;
global using PortfolioOrchestrator.Domain.Runs;
global using PortfolioOrchestrator.Testing.Builders;
global using PortfolioOrchestrator.Testing.Engine;
