using System.Text.Json;

namespace PortfolioOrchestrator.Alpaca.Streaming;

/// <summary>The messages the adapter sends on the stream, in Alpaca's snake_case.</summary>
internal static class AlpacaStreamJson
{
    public static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
}

internal sealed record AuthenticateMessageDto(string Action, AuthenticateDataDto Data);

internal sealed record AuthenticateDataDto(string KeyId, string SecretKey);
