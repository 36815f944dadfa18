using System.Text.Json.Serialization;

namespace PortfolioOrchestrator.Journal.Records.V1;

/// <summary>
/// Version 1 of what a run was started with (<c>runs.inputs_json</c>): the parsed portfolio, the
/// policy, QA's view of the portfolio, the broker as typed and the raw text of each input file.
/// </summary>
internal sealed class RunInputsRecord
{
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
}
