using PortfolioOrchestrator.Testing.Journal;

namespace PortfolioOrchestrator.Domain.Tests.Properties;

/// <summary>A generated queue killed at one of its commits (chosen as a share, 0–1, of the clean run's commits).</summary>
public sealed record CrashScenario(QueueScenario Queue, double At, CrashMoment Moment)
{
    public override string ToString() => $"{Moment} at {At:P0} of the commits; {Queue}";
}
