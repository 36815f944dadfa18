namespace PortfolioOrchestrator.Testing.Journal;

/// <summary>Stands for the process dying at a journal commit.</summary>
public sealed class SimulatedCrashException(string message) : Exception(message);
