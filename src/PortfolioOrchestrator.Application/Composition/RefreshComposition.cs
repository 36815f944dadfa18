using PortfolioOrchestrator.Delivery;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Refresh;
using PortfolioOrchestrator.Refresh.Command;

namespace PortfolioOrchestrator.Application.Composition;

/// <summary>
/// <c>--refresh MODE</c> for every verb that runs the engine (<c>run</c>, <c>resume</c>, <c>mcp</c>; CONTRACT
/// Resolution 24): reads the mode — a bad one is bad input before anything runs — and composes the
/// refresher STEP 2C asks.
/// </summary>
public static class RefreshComposition
{
    public const string OptionName = "--refresh";

    /// <summary>The mode typed; null (not given) is <c>venue</c>.</summary>
    /// <exception cref="PoException">Exit 2, naming the option and what it takes.</exception>
    public static RefreshMode Parse(string? text) =>
        RefreshMode.TryParse(text, out var mode)
            ? mode!
            : throw PoException.BadInput($"{OptionName}: expected {RefreshMode.Expectation}; got '{text}'");

    /// <summary>
    /// The refresher for <paramref name="mode"/>. A refresh by another program needs the run's PORTFOLIO.md path
    /// (<paramref name="portfolioPath"/>) and a shell; without them it is bad input. <paramref name="outboxOf"/> is
    /// the run folder a persona request is written to.
    /// </summary>
    public static IPortfolioRefresher Compose(
        PoEnvironment environment, RefreshMode mode, IPortfolioRefresher venue, string? portfolioPath, Func<RunId, string> outboxOf, RoutingConfig routing, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(mode);
        if (mode.Kind == RefreshModeKind.Venue || dryRun)
        {
            return Refreshers.For(mode, venue, new RefreshSetup { PortfolioPath = portfolioPath ?? string.Empty, WorkingDirectory = environment.WorkingDirectory, Clock = environment.Clock, OutboxOf = outboxOf }, dryRun);
        }

        if (portfolioPath is null)
        {
            throw PoException.BadInput($"{OptionName} {mode}: this run was recorded without its PORTFOLIO.md path (by an older po); continue it with {OptionName} venue");
        }

        if (mode.Kind == RefreshModeKind.Command && !File.Exists(ShellCommand.Shell))
        {
            throw PoException.BadInput($"{OptionName} {mode}: a refresh command runs through {ShellCommand.Shell}, which this system does not have");
        }

        var setup = new RefreshSetup
        {
            PortfolioPath = portfolioPath,
            WorkingDirectory = environment.WorkingDirectory,
            Variables = environment.Variables,
            Clock = environment.Clock,
            OutboxOf = outboxOf,
            Routing = routing,
        };
        return Refreshers.For(mode, venue, setup);
    }
}
