using System.Text.Json.Nodes;

namespace PortfolioOrchestrator.Testing.Alpaca;

/// <summary>What the fake answers: a status and a JSON body, or a dropped connection after the work was done.</summary>
internal sealed record FakeReply(int Status, JsonNode? Body, bool DropConnection = false)
{
    public static FakeReply Ok(JsonNode body) => new(200, body);

    public static FakeReply Error(int status, string message, long code) => new(status, new JsonObject { ["code"] = code, ["message"] = message });
}
