using System.Text.Json.Serialization;

namespace PortfolioOrchestrator.Journal.Records.V1;

/// <summary>
/// Version 1 of an escalation to the Master-Architect (<c>escalations.escalation_json</c>).
/// <c>step</c> is the seed's step as text (<c>STEP 1</c>, <c>STEP 3C</c>, <c>RESUME</c>).
/// </summary>
internal sealed class EscalationRecord
{
    [JsonPropertyName("id")]
    public required string Id { get; set; }

    [JsonPropertyName("type")]
    public required string Type { get; set; }

    [JsonPropertyName("step")]
    public required string Step { get; set; }

    [JsonPropertyName("trigger")]
    public required string Trigger { get; set; }

    [JsonPropertyName("trade_ids")]
    public IReadOnlyList<string>? TradeIds { get; set; } = [];

    [JsonPropertyName("action")]
    public required string Action { get; set; }

    [JsonPropertyName("status")]
    public required string Status { get; set; }

    [JsonPropertyName("blocking")]
    public required bool Blocking { get; set; }

    [JsonPropertyName("raised_at")]
    public required DateTimeOffset RaisedAt { get; set; }

    [JsonPropertyName("decision")]
    public DecisionRecord? Decision { get; set; }
}

/// <summary>Version 1 of a Master-Architect decision.</summary>
internal sealed class DecisionRecord
{
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "APPROVE";

    [JsonPropertyName("by")]
    public string By { get; set; } = string.Empty;

    [JsonPropertyName("note")]
    public string? Note { get; set; }

    [JsonPropertyName("at")]
    public DateTimeOffset At { get; set; }
}
