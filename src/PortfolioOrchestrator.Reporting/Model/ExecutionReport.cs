namespace PortfolioOrchestrator.Reporting.Model;

/// <summary>
/// STEP 7's execution report as CONTRACT §4 names it. Plain data: strings are the contract's names,
/// money is dollars, ratios are fractions (0.15 is 15 %), times carry their offset. Properties are
/// declared in the order the JSON lists them.
/// </summary>
public sealed record ExecutionReport
{
    public required string RunId { get; init; }

    /// <summary>The QA report's id.</summary>
    public required string ReportId { get; init; }

    /// <summary><c>COMPLETED</c>, <c>COMPLETED_WITH_ESCALATIONS</c>, <c>AWAITING_DECISION</c>, <c>HALTED</c> or <c>RUNNING</c>.</summary>
    public required string Status { get; init; }

    public required string Broker { get; init; }

    /// <summary>When the run started.</summary>
    public required DateTimeOffset ExecutionTimestamp { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary><c>CURRENT</c>, <c>STALE_WITHIN_DAY</c>, <c>TOO_STALE</c>, or null when STEP 2C was not reached.</summary>
    public string? PortfolioState { get; init; }

    public required int TradingDaysElapsed { get; init; }

    /// <summary>Age of PORTFOLIO.md at the start of the run, in hours (two decimals).</summary>
    public required decimal PortfolioAgeHours { get; init; }

    /// <summary><c>NOT_NEEDED</c>, <c>COMPLETED</c>, <c>TIMED_OUT</c>, <c>FAILED</c>.</summary>
    public required string Refresh { get; init; }

    /// <summary>Which portfolio the run executed on; null in a report written before this field existed.</summary>
    public ExecutedOnPortfolioReport? ExecutedOnPortfolio { get; init; }

    /// <summary>STEP 2's findings, or null when the run stopped before STEP 2.</summary>
    public PreExecutionReport? PreExecution { get; init; }

    /// <summary>Every trade of the QA report, in execution-queue order.</summary>
    public required IReadOnlyList<TradeReport> Trades { get; init; }

    /// <summary>Each sector before the run, from PORTFOLIO.md's positions; <c>[]</c> in a report written before this field existed.</summary>
    public IReadOnlyList<SectorBeforeReport> SectorsBefore { get; init; } = [];

    public required IReadOnlyList<SectorAfterReport> SectorsAfter { get; init; }

    /// <summary>Cash after the run's fills, dollars.</summary>
    public required decimal CashAfter { get; init; }

    /// <summary>Cash after over total value at the start, a fraction.</summary>
    public required decimal BufferAfter { get; init; }

    /// <summary><c>PASS</c>, <c>CAUTION</c>, <c>FAIL</c>.</summary>
    public required string BufferCheck { get; init; }

    public required IReadOnlyList<EscalationReport> Escalations { get; init; }

    public required IReadOnlyList<string> Caveats { get; init; }

    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>The next NYSE session on which the portfolio is reviewed (serialized yyyy-MM-dd).</summary>
    public required DateOnly NextReviewDate { get; init; }

    public required MonitoringSchedule MonitoringSchedule { get; init; }

    /// <summary>The messages STEP 8 writes, one per recipient.</summary>
    public required IReadOnlyList<RoutingEntry> Routing { get; init; }
}
