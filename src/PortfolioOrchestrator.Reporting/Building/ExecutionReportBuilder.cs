using PortfolioOrchestrator.Domain.Calendar;
using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Reporting.Model;
using PortfolioOrchestrator.Reporting.Numbers;
using PortfolioOrchestrator.Reporting.Routing;

namespace PortfolioOrchestrator.Reporting.Building;

/// <summary>STEP 7: the execution report of a run, as it stands in the journal.</summary>
public static class ExecutionReportBuilder
{
    public static ExecutionReport Build(RunSnapshot run, ITradingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(calendar);

        var header = run.Header;
        var post = PostExecutionFigures.For(run);
        // The schedule counts from the day the run finished (or started, if it has not).
        var runDate = calendar.LocalDate(header.CompletedAt ?? header.StartedAt);
        var schedule = MonitoringScheduleBuilder.For(runDate, run.Trades, calendar);
        var report = new ExecutionReport
        {
            RunId = header.RunId.Value,
            ReportId = header.ReportId,
            Status = ContractNames.Of(header.Status),
            Broker = header.Broker,
            ExecutionTimestamp = ExchangeTime.Of(header.StartedAt),
            CompletedAt = ExchangeTime.Of(header.CompletedAt),
            PortfolioState = header.PortfolioState is { } state ? ContractNames.Of(state) : null,
            TradingDaysElapsed = header.TradingDaysElapsed,
            PortfolioAgeHours = Math.Round((decimal)header.PortfolioAge.Ticks / TimeSpan.TicksPerHour, 2, MidpointRounding.AwayFromZero),
            Refresh = ContractNames.Of(header.Refresh),
            ExecutedOnPortfolio = ExecutedOn(run),
            PreExecution = header.PreExecution is { } pre ? PreExecutionReports.From(pre) : null,
            Trades = [.. run.Trades.OrderBy(t => t.Sequence).Select(t => TradeReports.From(t, header.Status, header.Broker))],
            SectorsBefore = SectorsBefore(run),
            SectorsAfter = [.. post.Sectors.Select(s => new SectorAfterReport { Sector = s.Sector.Value, Allocation = ReportRatio.Of(s.Allocation), Status = s.Pass ? "PASS" : "FAIL" })],
            CashAfter = post.CashAfter.Dollars,
            BufferAfter = ReportRatio.Of(post.BufferAfter),
            BufferCheck = ContractNames.Of(post.BufferCheck),
            Escalations = [.. run.Escalations.Select(EscalationReports.From)],
            Caveats = header.Caveats,
            Warnings = [.. header.Warnings.Concat(run.Inputs.Portfolio.Warnings).Concat(run.Inputs.ExecutedOn.Warnings).Distinct(StringComparer.Ordinal)],
            NextReviewDate = header.NextReviewDate ?? schedule.DailyCheck,
            MonitoringSchedule = schedule,
            Routing = [],
        };
        return report with { Routing = RoutingPlan.EntriesFor(report) };
    }

    /// <summary>The portfolio the run executes on (refreshed or as given), over the start's total value like <c>sectors_after</c>.</summary>
    private static List<SectorBeforeReport> SectorsBefore(RunSnapshot run)
    {
        var portfolio = run.Inputs.ExecutedOn;
        var total = run.Header.TotalValue;
        return [.. portfolio.SectorValues.Select(pair => new SectorBeforeReport { Sector = pair.Key.Value, Allocation = total.IsPositive ? ReportRatio.Of(pair.Value / total) : 0m })];
    }

    private static ExecutedOnPortfolioReport ExecutedOn(RunSnapshot run) => new()
    {
        LastUpdated = run.Inputs.ExecutedOn.LastUpdated,
        RefreshedBy = run.Inputs.Refreshed is { } refreshed ? ContractNames.Of(refreshed.Source)
            // A run journaled before the refreshed portfolio was kept could only have been refreshed by its venue.
            : run.Header.Refresh == RefreshStatus.Completed ? ContractNames.Of(RefreshSource.Venue)
            : null,
    };
}
