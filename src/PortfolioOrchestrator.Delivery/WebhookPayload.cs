using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PortfolioOrchestrator.Reporting.Json;
using PortfolioOrchestrator.Reporting.Model;
using PortfolioOrchestrator.Reporting.Routing;

namespace PortfolioOrchestrator.Delivery;

/// <summary>
/// The JSON a webhook receives: which run and recipient, the message as Markdown (exactly the
/// <c>to-*.md</c> file) and the execution report itself.
/// </summary>
public static class WebhookPayload
{
    public static string For(ExecutionReport report, RoutedMessage message)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(message);
        using var reportJson = JsonDocument.Parse(ExecutionReportJson.Serialize(report));
        var payload = new Dictionary<string, object?>
        {
            ["run_id"] = report.RunId,
            ["report_id"] = report.ReportId,
            ["run_status"] = report.Status,
            ["recipient"] = message.Recipient,
            ["file"] = message.FileName,
            ["message_markdown"] = message.Body,
            ["report"] = reportJson.RootElement,
        };
        return JsonSerializer.Serialize(payload, CompactOptions);
    }

    /// <summary>The same body always gets the same id: run, file and a digest of the body.</summary>
    public static string DeliveryId(string runId, string file, string body) =>
        $"{runId}/{file}/{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..16]}";

    private static readonly JsonSerializerOptions CompactOptions = new(ExecutionReportJson.Options) { WriteIndented = false };
}
