using System.Text.Json.Serialization;

namespace PortfolioOrchestrator.Journal.Records.V1;

/// <summary>
/// Version 1 of the run's thresholds: ratios as fractions, durations as <c>[d.]hh:mm:ss</c>, basis
/// points and percentage points as numbers. A threshold the record lacks reads as the seed's default.
/// </summary>
internal sealed class PolicyRecord
{
    [JsonPropertyName("min_buffer")]
    public decimal? MinBuffer { get; set; }

    [JsonPropertyName("buffer_floor")]
    public decimal? BufferFloor { get; set; }

    [JsonPropertyName("sector_cap")]
    public decimal? SectorCap { get; set; }

    [JsonPropertyName("sector_drift_points")]
    public decimal? SectorDriftPoints { get; set; }

    [JsonPropertyName("max_staleness_trading_days")]
    public int? MaxStalenessTradingDays { get; set; }

    [JsonPropertyName("refresh_after")]
    public TimeSpan? RefreshAfter { get; set; }

    [JsonPropertyName("refresh_timeout")]
    public TimeSpan? RefreshTimeout { get; set; }

    [JsonPropertyName("refresh_escalate_after")]
    public TimeSpan? RefreshEscalateAfter { get; set; }

    [JsonPropertyName("slippage_flag_bps")]
    public decimal? SlippageFlagBps { get; set; }

    [JsonPropertyName("partial_fill_ratio")]
    public decimal? PartialFillRatio { get; set; }

    [JsonPropertyName("no_fill_after")]
    public TimeSpan? NoFillAfter { get; set; }

    [JsonPropertyName("pause_on_aggregate_breach")]
    public bool? PauseOnAggregateBreach { get; set; }
}
