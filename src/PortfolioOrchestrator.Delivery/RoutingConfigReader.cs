using System.Globalization;
using System.Text.Json;
using PortfolioOrchestrator.Reporting.Routing;

namespace PortfolioOrchestrator.Delivery;

/// <summary>
/// Reads a routing file. Every problem is collected with the field it concerns; unknown keys,
/// unknown recipients, a webhook without a URL or secret variable, or a secret variable that is not
/// set are all refused, so a run never starts with a route that cannot deliver.
/// </summary>
public static class RoutingConfigReader
{
    private static readonly string[] KnownRecipients = [Recipients.QualityAssurance, Recipients.StockAnalyst, Recipients.MasterArchitect, Recipients.Client];

    public static (RoutingConfig? Config, IReadOnlyList<string> Problems) Read(string json, string fileName, IReadOnlyDictionary<string, string?> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var problems = new List<string>();
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, [$"{fileName}: expected a JSON object with \"recipients\""]);
            }

            Unknown(root, fileName, problems, "recipients", "retry");
            var routes = root.TryGetProperty("recipients", out var recipients) ? RoutesOf(recipients, fileName, variables, problems) : [];
            var retry = root.TryGetProperty("retry", out var retryElement) ? Retry(retryElement, fileName, problems) : RetrySettings.Default;
            return problems.Count > 0 ? (null, problems) : (new RoutingConfig(routes, retry), problems);
        }
        catch (JsonException ex)
        {
            return (null, [$"{fileName}: not valid JSON (line {ex.LineNumber + 1}): {ex.Message}"]);
        }
    }

    private static List<RecipientRoute> RoutesOf(JsonElement element, string file, IReadOnlyDictionary<string, string?> variables, List<string> problems)
    {
        var routes = new List<RecipientRoute>();
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{file}: recipients: expected an object keyed by recipient ({string.Join(", ", KnownRecipients)})");
            return routes;
        }

        foreach (var property in element.EnumerateObject())
        {
            var where = $"{file}: recipients.{property.Name}";
            var recipient = KnownRecipients.FirstOrDefault(r => string.Equals(r, property.Name, StringComparison.OrdinalIgnoreCase));
            if (recipient is null)
            {
                problems.Add($"{where}: unknown recipient (expected one of {string.Join(", ", KnownRecipients)})");
                continue;
            }

            if (property.Value.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{where}: expected an object with \"deliver\" and, for a webhook, \"webhook\"");
                continue;
            }

            if (Route(recipient, property.Value, where, variables, problems) is { } route)
            {
                routes.Add(route);
            }
        }

        return routes;
    }

    private static RecipientRoute? Route(string recipient, JsonElement element, string where, IReadOnlyDictionary<string, string?> variables, List<string> problems)
    {
        Unknown(element, where, problems, "deliver", "webhook");
        var deliver = new List<string> { "outbox" };
        if (element.TryGetProperty("deliver", out var list))
        {
            deliver = list.ValueKind == JsonValueKind.Array && list.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String)
                ? [.. list.EnumerateArray().Select(e => e.GetString()!)]
                : [];
            if (deliver.Count == 0 || deliver.Any(d => d is not ("outbox" or "webhook")))
            {
                problems.Add($"{where}.deliver: expected [\"outbox\"], [\"webhook\"] or [\"outbox\", \"webhook\"]");
                return null;
            }
        }

        WebhookTarget? webhook = null;
        if (deliver.Contains("webhook"))
        {
            if (!element.TryGetProperty("webhook", out var hook) || hook.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{where}.webhook: expected {{\"url\": \"https://…\", \"secret_env\": \"VARIABLE\"}} for deliver \"webhook\"");
                return null;
            }

            webhook = Webhook(hook, where + ".webhook", variables, problems);
        }
        else if (element.TryGetProperty("webhook", out _))
        {
            problems.Add($"{where}.webhook: given, but \"deliver\" does not include \"webhook\"");
        }

        return webhook is null && deliver.Contains("webhook") ? null : new RecipientRoute(recipient, deliver.Contains("outbox"), webhook);
    }

    private static WebhookTarget? Webhook(JsonElement hook, string where, IReadOnlyDictionary<string, string?> variables, List<string> problems)
    {
        Unknown(hook, where, problems, "url", "secret_env");
        var url = hook.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
        var secret = hook.TryGetProperty("secret_env", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        var ok = true;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            problems.Add($"{where}.url: expected an absolute http or https URL");
            ok = false;
        }

        if (string.IsNullOrWhiteSpace(secret))
        {
            problems.Add($"{where}.secret_env: expected the name of the environment variable holding the signing secret");
            ok = false;
        }
        else if (string.IsNullOrEmpty(variables.GetValueOrDefault(secret)))
        {
            problems.Add($"{where}.secret_env: the environment variable {secret} is not set (it holds the webhook's signing secret)");
            ok = false;
        }

        return ok ? new WebhookTarget(uri!, secret!) : null;
    }

    private static RetrySettings Retry(JsonElement element, string file, List<string> problems)
    {
        var where = $"{file}: retry";
        Unknown(element, where, problems, "attempts", "first_delay_seconds");
        var attempts = RetrySettings.Default.Attempts;
        var delay = RetrySettings.Default.FirstDelay;
        if (element.TryGetProperty("attempts", out var a))
        {
            if (a.ValueKind == JsonValueKind.Number && a.TryGetInt32(out var n) && n is >= 1 and <= 10)
            {
                attempts = n;
            }
            else
            {
                problems.Add($"{where}.attempts: expected a whole number from 1 to 10");
            }
        }

        if (element.TryGetProperty("first_delay_seconds", out var d))
        {
            if (d.ValueKind == JsonValueKind.Number && d.TryGetDecimal(out var seconds) && seconds is >= 0m and <= 60m)
            {
                delay = TimeSpan.FromSeconds((double)seconds);
            }
            else
            {
                problems.Add($"{where}.first_delay_seconds: expected a number of seconds from 0 to 60");
            }
        }

        return new RetrySettings(attempts, delay);
    }

    private static void Unknown(JsonElement element, string where, List<string> problems, params string[] known)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{where}: expected an object");
            return;
        }

        foreach (var property in element.EnumerateObject().Where(p => !known.Contains(p.Name, StringComparer.Ordinal)))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{where}: unknown key \"{property.Name}\" (expected {string.Join(", ", known)})"));
        }
    }
}
