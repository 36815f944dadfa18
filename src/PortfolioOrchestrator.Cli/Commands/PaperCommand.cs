using System.CommandLine;
using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Cli.Rendering;
using Spectre.Console;

namespace PortfolioOrchestrator.Cli.Commands;

/// <summary><c>po paper orders</c> / <c>po paper account</c>: what the persistent paper venue holds; <c>po paper mark</c> moves its prices.</summary>
public static class PaperCommand
{
    public static Command Create(PoEnvironment environment, CommonOptions common)
    {
        var orders = new Command("orders", "List the paper venue's orders, one per client_order_id");
        orders.SetAction((result, cancellationToken) => CommandAction.RunAsync(environment, result.GetValue(common.Json), async () =>
        {
            var lines = await PaperQuery.OrdersAsync(environment, result.GetValue(common.State)!, cancellationToken);
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
            var view = await PaperQuery.AccountAsync(environment, result.GetValue(common.State)!, cancellationToken);
            if (result.GetValue(common.Json))
            {
                await environment.Out.WriteLineAsync(PoJson.Serialize(view));
                return ExitCodes.Success;
            }

            PaperAccountRenderer.Render(Consoles.For(environment), view);
            return ExitCodes.Success;
        }));

        return new Command("paper", "What the persistent paper venue holds, and its prices") { orders, account, PaperMarkCommand.Create(environment, common) };
    }
}
