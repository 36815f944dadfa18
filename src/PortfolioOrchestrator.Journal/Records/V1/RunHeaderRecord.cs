using System.Text.Json.Serialization;

namespace PortfolioOrchestrator.Journal.Records.V1;

/// <summary>
/// Version 1 of the run header (<c>runs.header_json</c>). Money in dollars, ratios as fractions, times
/// ISO 8601 with their offset, <c>portfolio_age</c> as <c>[d.]hh:mm:ss[.fffffff]</c>. The four approval
/// flags are part of version 1 and are read as they were written.
/// </summary>
internal sealed class RunHeaderRecord
{
    [JsonPropertyName("run_id")]
    public required string RunId { get; set; }

    [JsonPropertyName("report_id")]
    public required string ReportId { get; set; }

    [JsonPropertyName("started_at")]
    public required DateTimeOffset StartedAt { get; set; }

    [JsonPropertyName("updated_at")]
    public required DateTimeOffset UpdatedAt { get; set; }

    [JsonPropertyName("completed_at")]
    public DateTimeOffset? CompletedAt { get; set; }

    [JsonPropertyName("broker")]
    public required string Broker { get; set; }

    [JsonPropertyName("status")]
    public string Status { get; set; } = "RUNNING";

    [JsonPropertyName("phase")]
    public string Phase { get; set; } = "STARTUP";

    [JsonPropertyName("portfolio_state")]
    public string? PortfolioState { get; set; }

    [JsonPropertyName("trading_days_elapsed")]
    public int TradingDaysElapsed { get; set; }

    [JsonPropertyName("portfolio_age")]
    public TimeSpan PortfolioAge { get; set; }

    [JsonPropertyName("refresh")]
    public string Refresh { get; set; } = "NOT_NEEDED";

    [JsonPropertyName("pre_execution")]
    public PreExecutionRecord? PreExecution { get; set; }

    [JsonPropertyName("total_value")]
    public required decimal TotalValue { get; set; }

    [JsonPropertyName("start_cash")]
    public required decimal StartCash { get; set; }

    [JsonPropertyName("running_cash")]
    public required decimal RunningCash { get; set; }

    [JsonPropertyName("next_queue_index")]
    public int NextQueueIndex { get; set; }

    [JsonPropertyName("awaiting_escalation")]
    public string? AwaitingEscalation { get; set; }

    [JsonPropertyName("buffer_breach_approved")]
    public bool BufferBreachApproved { get; set; }

    [JsonPropertyName("stale_portfolio_approved")]
    public bool StalePortfolioApproved { get; set; }

    [JsonPropertyName("reconciliation_accepted")]
    public bool ReconciliationAccepted { get; set; }

    [JsonPropertyName("pre_execution_approved")]
    public bool PreExecutionApproved { get; set; }

    [JsonPropertyName("post_execution")]
    public PostExecutionRecord? PostExecution { get; set; }

    [JsonPropertyName("next_review_date")]
    public DateOnly? NextReviewDate { get; set; }

    [JsonPropertyName("caveats")]
    public IReadOnlyList<string>? Caveats { get; set; } = [];

    [JsonPropertyName("warnings")]
    public IReadOnlyList<string>? Warnings { get; set; } = [];

    [JsonPropertyName("escalation_count")]
    public int EscalationCount { get; set; }
}
