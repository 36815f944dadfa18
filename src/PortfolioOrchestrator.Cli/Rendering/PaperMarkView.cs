using PortfolioOrchestrator.Application.UseCases;
using PortfolioOrchestrator.Paper;
using Spectre.Console;

namespace PortfolioOrchestrator.Cli.Rendering;

/// <summary><c>po paper mark</c>'s answer: when, the prices set, and the orders they filled and canceled.</summary>
public sealed record PaperMarkView(
    DateTimeOffset At,
    IReadOnlyDictionary<string, decimal> Prices,
    IReadOnlyList<PaperOrderLine> Filled,
    IReadOnlyList<PaperOrderLine> Canceled)
{
    public static PaperMarkView Of(PaperMarkOutcome outcome) => new(
        outcome.At,
        outcome.Prices.OrderBy(p => p.Key.Value, StringComparer.Ordinal).ToDictionary(p => p.Key.Value, p => p.Value.Dollars, StringComparer.Ordinal),
        [.. outcome.Filled.Select(o => PaperOrderLine.Of(o))],
        [.. outcome.Canceled.Select(o => PaperOrderLine.Of(o))]);

    public static void Render(IAnsiConsole console, PaperMarkView view)
    {
        console.WriteLine($"Marked {string.Join(", ", view.Prices.Select(p => $"{p.Key} {Tables.Dollars(p.Value)}"))} at {view.At:yyyy-MM-ddTHH:mm:sszzz}");
        foreach (var order in view.Filled)
        {
            console.WriteLine($"  filled   {order.ClientOrderId}: {order.Side} {Tables.Shares(order.FilledQty)} {order.Symbol} {order.Type} at {Tables.Dollars(order.FilledAvgPrice ?? 0m)} ({order.Status})");
        }

        foreach (var order in view.Canceled)
        {
            console.WriteLine($"  canceled {order.ClientOrderId}: {order.Side} {order.Symbol} {order.Type}");
        }

        if (view.Filled.Count == 0 && view.Canceled.Count == 0)
        {
            console.WriteLine("  no resting order crossed these prices");
        }
    }
}
