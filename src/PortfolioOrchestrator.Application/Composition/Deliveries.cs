using PortfolioOrchestrator.Delivery;
using PortfolioOrchestrator.Domain.Inputs;
using PortfolioOrchestrator.Reporting.Model;

namespace PortfolioOrchestrator.Application.Composition;

/// <summary>
/// <c>--routing FILE</c> and the deliveries past the run folder. A bad routing file is bad input before
/// anything runs; a failed delivery is a warning on stderr (the run's exit code is the run's), kept
/// in <c>&lt;state&gt;/outbox/failed/</c> for <c>po route --retry</c>.
/// </summary>
public static class Deliveries
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    public static RoutingConfig Load(PoEnvironment environment, string? routingFile)
    {
        if (routingFile is null)
        {
            return RoutingConfig.OutboxOnly;
        }

        var problems = new List<InputProblem>();
        var config = InputLoader.Read(environment, routingFile, "routing", null, problems, (text, name) => RoutingConfigReader.Read(text, name, environment.Variables));
        return config ?? throw PoException.BadInput(problems);
    }

    public static async Task<IReadOnlyList<DeliveryResult>> DeliverAsync(PoEnvironment environment, string stateDirectory, RoutingConfig routing, ExecutionReport written, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = RequestTimeout };
        var results = await Delivery(environment, stateDirectory, routing, http).DeliverAsync(written, cancellationToken);
        await WarnAsync(environment, results);
        return results;
    }

    public static async Task<IReadOnlyList<DeliveryResult>> RetryAsync(PoEnvironment environment, string stateDirectory, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = RequestTimeout };
        return await Delivery(environment, stateDirectory, RoutingConfig.OutboxOnly, http).RetryFailedAsync(cancellationToken);
    }

    private static MessageDelivery Delivery(PoEnvironment environment, string stateDirectory, RoutingConfig routing, HttpClient http) =>
        new(routing, new WebhookSender(http, routing.Retry, environment.Clock), new FailedDeliveryStore(stateDirectory), environment.Variables, environment.Clock);

    private static async Task WarnAsync(PoEnvironment environment, IReadOnlyList<DeliveryResult> results)
    {
        foreach (var failed in results.Where(r => !r.Delivered))
        {
            await environment.Error.WriteLineAsync(
                $"po: warning: {failed.File} to {failed.Recipient} by {failed.Channel} not delivered ({failed.Error}); kept in {failed.FailedRecord}; retry with `po route --retry`");
        }
    }
}
