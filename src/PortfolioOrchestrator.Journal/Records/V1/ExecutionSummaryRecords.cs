using System.Text.Json.Serialization;

namespace PortfolioOrchestrator.Journal.Records.V1;

/// <summary>Version 1 of STEP 2's summary inside the run header: dollars and fractions.</summary>
internal sealed class PreExecutionRecord
{
    [JsonPropertyName("total_pending_dollars")]
    public decimal TotalPendingDollars { get; set; }

    [JsonPropertyName("cash_after_all_pending")]
    public decimal CashAfterAllPending { get; set; }

    [JsonPropertyName("buffer_after_all_pending")]
    public decimal BufferAfterAllPending { get; set; }

    [JsonPropertyName("buffer_status")]
    public string BufferStatus { get; set; } = "HEALTHY";

    [JsonPropertyName("sector_flags")]
    public IReadOnlyList<SectorFlagRecord>? SectorFlags { get; set; } = [];
}

/// <summary>Version 1 of one STEP 2A sector flag: allocations are fractions, drift percentage points.</summary>
internal sealed class SectorFlagRecord
{
    [JsonPropertyName("sector")]
    public required string Sector { get; set; }

    [JsonPropertyName("approved_allocation")]
    public decimal? ApprovedAllocation { get; set; }

    [JsonPropertyName("live_allocation")]
    public decimal LiveAllocation { get; set; }

    [JsonPropertyName("drift_points")]
    public decimal DriftPoints { get; set; }

    [JsonPropertyName("pending_buys")]
    public decimal PendingBuys { get; set; }

    [JsonPropertyName("projected_allocation")]
    public decimal ProjectedAllocation { get; set; }

    [JsonPropertyName("exceeds_cap")]
    public bool ExceedsCap { get; set; }

    [JsonPropertyName("message")]
    public string Message { get; set; } = string.Empty;
}

/// <summary>Version 1 of STEP 5–6's summary inside the run header.</summary>
internal sealed class PostExecutionRecord
{
    [JsonPropertyName("sectors")]
    public IReadOnlyList<SectorAfterRecord>? Sectors { get; set; } = [];

    [JsonPropertyName("cash_after")]
    public decimal CashAfter { get; set; }

    [JsonPropertyName("buffer_after")]
    public decimal BufferAfter { get; set; }

    [JsonPropertyName("buffer_check")]
    public string BufferCheck { get; set; } = "PASS";
}

/// <summary>Version 1 of STEP 5's verdict on one sector (allocation a fraction).</summary>
internal sealed class SectorAfterRecord
{
    [JsonPropertyName("sector")]
    public required string Sector { get; set; }

    [JsonPropertyName("allocation")]
    public decimal Allocation { get; set; }

    [JsonPropertyName("pass")]
    public bool Pass { get; set; }
}
