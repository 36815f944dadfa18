using System.Text.Json.Serialization;

namespace PortfolioOrchestrator.Journal.Records.V1;

/// <summary>Version 1 of PORTFOLIO.md as read: dollars, shares, allocations as fractions.</summary>
internal sealed class PortfolioRecord
{
    [JsonPropertyName("last_updated")]
    public required DateTimeOffset LastUpdated { get; set; }

    [JsonPropertyName("total_value")]
    public required decimal TotalValue { get; set; }

    [JsonPropertyName("total_cash")]
    public required decimal TotalCash { get; set; }

    [JsonPropertyName("accounts")]
    public IReadOnlyList<AccountRecord>? Accounts { get; set; } = [];

    [JsonPropertyName("positions")]
    public IReadOnlyList<PositionRecord>? Positions { get; set; } = [];

    [JsonPropertyName("stated_sectors")]
    public IReadOnlyList<StatedSectorRecord>? StatedSectors { get; set; } = [];

    [JsonPropertyName("warnings")]
    public IReadOnlyList<string>? Warnings { get; set; } = [];
}

/// <summary>Version 1 of an account row: its id, its type as written, its cash in dollars.</summary>
internal sealed class AccountRecord
{
    [JsonPropertyName("account")]
    public required string Account { get; set; }

    [JsonPropertyName("type")]
    public string Type { get; set; } = string.Empty;

    [JsonPropertyName("cash")]
    public decimal Cash { get; set; }
}

/// <summary>Version 1 of a holding: shares, dollars per share, dollars.</summary>
internal sealed class PositionRecord
{
    [JsonPropertyName("ticker")]
    public required string Ticker { get; set; }

    [JsonPropertyName("account")]
    public required string Account { get; set; }

    [JsonPropertyName("sector")]
    public required string Sector { get; set; }

    [JsonPropertyName("quantity")]
    public decimal Quantity { get; set; }

    [JsonPropertyName("price")]
    public decimal Price { get; set; }

    [JsonPropertyName("market_value")]
    public decimal MarketValue { get; set; }
}

/// <summary>Version 1 of a row of the file's own sector table (dollars, fraction), as written.</summary>
internal sealed class StatedSectorRecord
{
    [JsonPropertyName("sector")]
    public required string Sector { get; set; }

    [JsonPropertyName("value")]
    public decimal? Value { get; set; }

    [JsonPropertyName("allocation")]
    public decimal? Allocation { get; set; }
}
