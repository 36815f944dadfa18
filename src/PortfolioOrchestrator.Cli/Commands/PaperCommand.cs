using System.CommandLine;
using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Cli.Rendering;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Paper;
using PortfolioOrchestrator.Paper.Scripting;
using Spectre.Console;

using PortfolioOrchestrator.Reporting.Building;

namespace PortfolioOrchestrator.Cli.Commands;

/// <summary><c>po paper orders</c> / <c>po paper account</c>: what the persistent paper venue holds.</summary>
public static class PaperCommand
{
    private sealed record OrderLine(
        string ClientOrderId,
        string Symbol,
        string Side,
        string Type,
        decimal? Notional,
        decimal? Qty,
        decimal? StopPrice,
        decimal? LimitPrice,
        string Status,
        decimal FilledQty,
        decimal? FilledAvgPrice,
        string? LinkGroup,
        string? RejectReason,
        DateTimeOffset SubmittedAt);

    public static Command Create(PoEnvironment environment, CommonOptions common)
    {
        var orders = new Command("orders", "List the paper venue's orders, one per client_order_id");
        orders.SetAction((result, cancellationToken) => CommandAction.RunAsync(environment, result.GetValue(common.Json), async () =>
        {
            using var venue = Open(environment, result.GetValue(common.State)!);
            var lines = (await venue.ListOrdersAsync(cancellationToken)).Select(ToLine).ToList();
            if (result.GetValue(common.Json))
            {
                await environment.Out.WriteLineAsync(PoJson.Serialize(lines));
                return ExitCodes.Success;
            }

            var console = Consoles.For(environment);
            var table = Tables.Create(console, "Paper venue orders");
            Tables.AddColumns(table, "Order", "Amount", "Prices", "Status");
            Tables.NoWrap(table, 0);
            foreach (var o in lines)
            {
                table.AddRow(
                    Tables.Lines(o.ClientOrderId, $"{o.Side} {o.Symbol} {o.Type}"),
                    Tables.Lines(o.Notional is { } n ? Tables.Dollars(n) : null, o.Qty is { } q ? Tables.Shares(q) + " sh" : null),
                    Tables.Lines(o.StopPrice is { } stop ? "stop " + Tables.Dollars(stop) : null, o.LimitPrice is { } limit ? "limit " + Tables.Dollars(limit) : null),
                    Tables.Lines(o.Status, o.FilledAvgPrice is { } p ? $"{Tables.Shares(o.FilledQty)} @ {Tables.Dollars(p)}" : null));
            }

            if (lines.Count == 0)
            {
                console.WriteLine("The paper venue holds no orders.");
            }
            else
            {
                console.Write(table);
            }

            return ExitCodes.Success;
        }));

        var account = new Command("account", "Show the paper venue's cash and positions");
        account.SetAction((result, cancellationToken) => CommandAction.RunAsync(environment, result.GetValue(common.Json), async () =>
        {
            using var venue = Open(environment, result.GetValue(common.State)!);
            var view = PaperAccountView.Of(
                await venue.ReadAccountAsync(cancellationToken),
                await venue.ListPositionsAsync(cancellationToken),
                (await venue.ListOrdersAsync(cancellationToken)).Count);
            if (result.GetValue(common.Json))
            {
                await environment.Out.WriteLineAsync(PoJson.Serialize(view));
                return ExitCodes.Success;
            }

            PaperAccountView.Render(Consoles.For(environment), view);
            return ExitCodes.Success;
        }));

        return new Command("paper", "What the persistent paper venue holds") { orders, account };
    }

    private static PaperVenue Open(PoEnvironment environment, string state)
    {
        return PaperStateFile.Open(environment.ResolvePath(state), PaperScript.Standard, environment.Clock);
    }

    private static OrderLine ToLine(BrokerOrder order) => new(
        order.ClientOrderId.Value,
        order.Ticker.Value,
        order.Side == OrderSide.Buy ? "buy" : "sell",
        ContractNames.Of(order.Type),
        order.Notional?.Dollars,
        order.Quantity,
        order.StopPrice?.Dollars,
        order.LimitPrice?.Dollars,
        ContractNames.Of(order.Status),
        order.FilledQuantity,
        order.FilledAveragePrice?.Dollars,
        order.LinkGroup,
        order.RejectReason,
        order.SubmittedAt);
}
