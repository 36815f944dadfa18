using System.Text.Encodings.Web;
using System.Text.Json;
using PortfolioOrchestrator.Reporting.Model;

namespace PortfolioOrchestrator.Reporting.Json;

/// <summary>
/// <c>execution-report.json</c>: snake_case names in the order the report declares them, nulls
/// written out so every field is always present, dates as ISO 8601 with their offset.
/// </summary>
public static class ExecutionReportJson
{
    /// <summary>The options the report is written and read with.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        // The report is a file for people and tools, not HTML: keep +, <, > and & readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(ExecutionReport report) => JsonSerializer.Serialize(report, Options) + "\n";

    public static ExecutionReport? Deserialize(string json) => JsonSerializer.Deserialize<ExecutionReport>(json, Options);
}
