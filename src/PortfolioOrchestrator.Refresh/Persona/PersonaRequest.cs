using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Reporting.Markdown;
using PortfolioOrchestrator.Reporting.Routing;

namespace PortfolioOrchestrator.Refresh.Persona;

/// <summary>
/// STEP 2C's signal to Portfolio-Persona with <c>--refresh persona</c>: the same fields as the
/// <c>to-portfolio-persona.md</c> message for a person or an agent, and as JSON for a webhook — the signal
/// and scope, the accounts, why, the path to write, the <c>Last Updated</c> the file must be later than,
/// and until when the run waits (real time).
/// </summary>
public sealed record PersonaRequest(RefreshRequest Request, string PortfolioPath, DateTimeOffset WaitsUntil)
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string ScopeName => Request.Scope == RefreshScope.Quick ? "QUICK" : "FULL";

    public string LastUpdatedAfter => $"{Request.Current.LastUpdated:yyyy-MM-ddTHH:mm:sszzz}";

    public string Markdown()
    {
        var accounts = Request.Accounts.Count == 0 ? "all" : string.Join(", ", Request.Accounts.Select(a => MarkdownText.Escape(a.Value)));
        var what = Request.Scope == RefreshScope.Quick ? "cash and the positions of these accounts" : "every account: cash and positions";
        return new StringBuilder()
            .Append($"# To {Recipients.PortfolioPersona}: {Request.Signal} requested\n\n")
            .Append($"- Run: {MarkdownText.Escape(Request.RunId.Value)}\n")
            .Append($"- Signal: {Request.Signal} (scope {ScopeName}: {what})\n")
            .Append($"- Accounts: {accounts}\n")
            .Append($"- Why: {MarkdownText.Escape(Request.Reason)}\n")
            .Append($"- Write the refreshed PORTFOLIO.md to: {MarkdownText.Escape(PortfolioPath)}\n")
            .Append($"- Its Last Updated must be later than: {LastUpdatedAfter}\n")
            .Append($"- The run waits until {WaitsUntil:yyyy-MM-ddTHH:mm:sszzz} ({Request.Timeout.TotalMinutes:0.##} minutes), then proceeds with a caveat.\n\n")
            .Append("Write the file whole — to a temporary file renamed over the path — in the format of the PORTFOLIO.md the run started from.\n")
            .ToString();
    }

    /// <summary>The webhook's body: the message's fields, and the message itself as <c>message_markdown</c>.</summary>
    public string Json(string markdown) => JsonSerializer.Serialize(
        new Dictionary<string, object?>
        {
            ["run_id"] = Request.RunId.Value,
            ["recipient"] = Recipients.PortfolioPersona,
            ["file"] = Recipients.PortfolioPersonaFile,
            ["signal"] = Request.Signal,
            ["scope"] = ScopeName,
            ["accounts"] = Request.Accounts.Select(a => a.Value).ToList(),
            ["why"] = Request.Reason,
            ["portfolio_path"] = PortfolioPath,
            ["last_updated_after"] = LastUpdatedAfter,
            ["waits_until"] = $"{WaitsUntil:yyyy-MM-ddTHH:mm:sszzz}",
            ["timeout_minutes"] = (decimal)Request.Timeout.TotalMinutes,
            ["message_markdown"] = markdown,
        },
        Compact);
}
