using System.Text.Json.Serialization;

namespace PortfolioOrchestrator.Journal.Records.V1;

/// <summary>Version 1 of the portfolio as QA saw it: dollars, and sector allocations as fractions keyed by sector name.</summary>
internal sealed class QaContextRecord
{
    [JsonPropertyName("as_of")]
    public DateTimeOffset? AsOf { get; set; }

    [JsonPropertyName("total_value")]
    public decimal? TotalValue { get; set; }

    [JsonPropertyName("total_cash")]
    public decimal? TotalCash { get; set; }

    [JsonPropertyName("sector_allocations")]
    public IReadOnlyDictionary<string, decimal>? SectorAllocations { get; set; }
}
