using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Testing.Builders;

/// <summary>
/// A QA report. Defaults are the contract's example: QA-2026-11-24-001 generated 13:35 EST, portfolio
/// context as of 12:50 EST ($249,800 total, $45,000 cash, Technology approved at 7.6 %), and the one
/// default <see cref="TradeBuilder"/> trade unless trades are given. Report order is the order added.
/// </summary>
public sealed class QaReportBuilder
{
    private readonly List<TradeBuilder> _trades = [];
    private readonly Dictionary<SectorName, Ratio> _sectors = new() { [SectorName.Create("Technology")] = Ratio.FromPercent(7.6m) };
    private string _reportId = "QA-2026-11-24-001";

    public QaReportBuilder Id(string reportId)
    {
        _reportId = reportId;
        return this;
    }

    public QaReportBuilder With(params TradeBuilder[] trades)
    {
        _trades.AddRange(trades);
        return this;
    }

    /// <summary>The allocation QA approved a sector at, in percent (7.6 means 7.6 %).</summary>
    public QaReportBuilder ApprovedSector(string sector, decimal percent)
    {
        _sectors[SectorName.Create(sector)] = Ratio.FromPercent(percent);
        return this;
    }

    public QaReportBuilder WithoutApprovedSectors()
    {
        _sectors.Clear();
        return this;
    }

    public QaReport Build()
    {
        var trades = _trades.Count == 0 ? [new TradeBuilder()] : _trades;
        return new QaReport
        {
            ReportId = _reportId,
            GeneratedAt = Examples.At(2026, 11, 24, 13, 35),
            PortfolioContext = new QaPortfolioContext
            {
                AsOf = Examples.At(2026, 11, 24, 12, 50),
                TotalValue = Money.FromDollars(249_800m),
                TotalCash = Money.FromDollars(45_000m),
                SectorAllocations = new Dictionary<SectorName, Ratio>(_sectors),
            },
            Trades = [.. trades.Select((t, i) => t.Build(i))],
        };
    }
}
