using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Paper;
using PortfolioOrchestrator.Paper.Scripting;

namespace PortfolioOrchestrator.Application.UseCases;

/// <summary><c>po paper orders</c> / <c>po paper account</c> and <c>paper_orders</c> / <c>paper_account</c>: what the persistent paper venue holds.</summary>
public static class PaperQuery
{
    public static async Task<IReadOnlyList<PaperOrderLine>> OrdersAsync(PoEnvironment environment, string stateOption, CancellationToken cancellationToken)
    {
        using var venue = Open(environment, stateOption);
        return [.. (await venue.ListOrderEntriesAsync(cancellationToken)).Select(PaperOrderLine.Of)];
    }

    public static async Task<PaperAccountView> AccountAsync(PoEnvironment environment, string stateOption, CancellationToken cancellationToken)
    {
        using var venue = Open(environment, stateOption);
        return PaperAccountView.Of(
            await venue.ReadAccountAsync(cancellationToken),
            await venue.ListPositionsAsync(cancellationToken),
            (await venue.ListOrdersAsync(cancellationToken)).Count);
    }

    private static PaperVenue Open(PoEnvironment environment, string state) =>
        PaperStateFile.Open(environment.ResolvePath(state), PaperScript.Standard, environment.Clock);
}
