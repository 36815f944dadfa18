using System.Text.Json;
using PortfolioOrchestrator.Domain.Inputs;
using PortfolioOrchestrator.Inputs.Json;
using PortfolioOrchestrator.Inputs.Text;
using PortfolioOrchestrator.Reporting.Routing;

namespace PortfolioOrchestrator.Delivery;

/// <summary>
/// Reads a routing file (JSON; comments and trailing commas allowed). Every problem comes back with
/// the file, line and field it concerns; unknown keys, unknown recipients, a webhook without a URL or
/// secret variable, or a secret variable that is not set are all refused, so a run never starts with a
/// route that cannot deliver.
/// </summary>
public static class RoutingConfigReader
{
    private static readonly string[] TopLevelKeys = ["recipients", "retry"];
    private static readonly string[] RetryKeys = ["attempts", "first_delay_seconds"];
    private static readonly string[] KnownRecipients = [Recipients.QualityAssurance, Recipients.StockAnalyst, Recipients.MasterArchitect, Recipients.Client, Recipients.PortfolioPersona];

    public static InputResult<RoutingConfig> Read(string json, string fileName, IReadOnlyDictionary<string, string?> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var problems = new ProblemList(fileName);
        using var input = JsonInput.ParseObject(json, problems, JsonSyntax.Lenient, "a JSON object with \"recipients\"");
        if (input is null)
        {
            return problems.Failure<RoutingConfig>();
        }

        var root = input.Root;
        var fields = input.Fields;
        fields.UnknownKeys(root, string.Empty, TopLevelKeys);
        var routes = root.TryGetProperty("recipients", out var recipients) ? RoutesOf(recipients, fields, variables) : [];
        var retry = root.TryGetProperty("retry", out var retryElement) ? Retry(retryElement, fields) : RetrySettings.Default;
        return problems.ResultOf(() => new RoutingConfig(routes, retry));
    }

    private static List<RecipientRoute> RoutesOf(JsonElement element, JsonFields fields, IReadOnlyDictionary<string, string?> variables)
    {
        var routes = new List<RecipientRoute>();
        if (element.ValueKind != JsonValueKind.Object)
        {
            fields.Problem("recipients", $"an object keyed by recipient ({string.Join(", ", KnownRecipients)})", JsonFields.Kind(element));
            return routes;
        }

        foreach (var property in element.EnumerateObject())
        {
            var path = JsonPath.Property("recipients", property.Name);
            var recipient = KnownRecipients.FirstOrDefault(r => string.Equals(r, property.Name, StringComparison.OrdinalIgnoreCase));
            if (recipient is null)
            {
                fields.Issue(path, "unknown recipient", $"one of {string.Join(", ", KnownRecipients)}", Shown.Quote(property.Name));
            }
            else if (RecipientRouteReader.Read(recipient, property.Value, path, fields, variables) is { } route)
            {
                routes.Add(route);
            }
        }

        return routes;
    }

    private static RetrySettings Retry(JsonElement element, JsonFields fields)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            fields.Problem("retry", "an object with attempts and first_delay_seconds", JsonFields.Kind(element));
            return RetrySettings.Default;
        }

        fields.UnknownKeys(element, "retry", RetryKeys);
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
                fields.Problem("retry.attempts", "a whole number from 1 to 10", JsonFields.Kind(a));
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
                fields.Problem("retry.first_delay_seconds", "a number of seconds from 0 to 60", JsonFields.Kind(d));
            }
        }

        return new RetrySettings(attempts, delay);
    }
}
