using System.Text.Json.Serialization;
using PortfolioOrchestrator.Journal.Records.V1;

namespace PortfolioOrchestrator.Journal.Records.V2;

/// <summary>
/// Version 2 of a run's inputs (<c>runs.inputs_json</c>): version 1's properties, unchanged, and the
/// PORTFOLIO.md path, the <c>--refresh</c> mode and the portfolio a completed refresh delivered
/// (CONTRACT Resolution 24). Replaced by the commit that records a completed refresh.
/// </summary>
internal sealed class RunInputsRecord
{
    [JsonPropertyName(RecordVersion.PropertyName)]
    public int Version { get; set; } = 2;

    [JsonPropertyName("portfolio")]
    public required PortfolioRecord Portfolio { get; set; }

    [JsonPropertyName("policy")]
    public required PolicyRecord Policy { get; set; }

    [JsonPropertyName("qa_context")]
    public QaContextRecord? QaContext { get; set; }

    [JsonPropertyName("broker_spec")]
    public required string BrokerSpec { get; set; }

    [JsonPropertyName("fixed_now")]
    public DateTimeOffset? FixedNow { get; set; }

    [JsonPropertyName("source_texts")]
    public IReadOnlyDictionary<string, string>? SourceTexts { get; set; }

    [JsonPropertyName("output_directory")]
    public string? OutputDirectory { get; set; }

    [JsonPropertyName("portfolio_path")]
    public string? PortfolioPath { get; set; }

    [JsonPropertyName("refresh_mode")]
    public string? RefreshMode { get; set; }

    [JsonPropertyName("refreshed")]
    public RefreshedPortfolioRecord? Refreshed { get; set; }
}

/// <summary>Version 2 of what a completed refresh delivered: who (<c>VENUE</c>, <c>COMMAND</c>, <c>PERSONA</c>), the portfolio, the file's text.</summary>
internal sealed class RefreshedPortfolioRecord
{
    [JsonPropertyName("source")]
    public required string Source { get; set; }

    [JsonPropertyName("portfolio")]
    public required PortfolioRecord Portfolio { get; set; }

    [JsonPropertyName("text")]
    public string? Text { get; set; }
}
