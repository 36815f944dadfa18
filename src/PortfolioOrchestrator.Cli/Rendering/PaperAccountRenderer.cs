using PortfolioOrchestrator.Application.UseCases;
using Spectre.Console;

namespace PortfolioOrchestrator.Cli.Rendering;

/// <summary><c>po paper account</c> for a person: cash per account, positions with what open sells hold back, how it was opened.</summary>
public static class PaperAccountRenderer
{
    public static void Render(IAnsiConsole console, PaperAccountView view)
    {
        if (!view.Opened)
        {
            console.WriteLine("The paper venue has no account yet (a run opens it with the portfolio's cash and positions).");
            return;
        }

        console.WriteLine($"Cash {Tables.Dollars(view.Cash)}; {view.Orders} orders");
        foreach (var cash in view.Accounts)
        {
            console.WriteLine($"  {cash.Account ?? "(any account)"}: cash {Tables.Dollars(cash.Cash)} (opened with {Tables.Dollars(cash.OpeningCash)})");
        }

        foreach (var position in view.Positions)
        {
            var reserved = position.ReservedQty > 0m ? $", {Tables.Shares(position.ReservedQty)} held back by open sells" : string.Empty;
            console.WriteLine($"  {position.Account} {position.Symbol} {Tables.Shares(position.Qty)} shares{reserved} (cost {Tables.Dollars(position.Cost)})");
        }

        if (view.Note is { } note)
        {
            console.WriteLine(note);
        }
    }
}
