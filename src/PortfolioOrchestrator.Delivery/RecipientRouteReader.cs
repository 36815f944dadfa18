using System.Text.Json;
using PortfolioOrchestrator.Inputs.Json;
using PortfolioOrchestrator.Inputs.Text;

namespace PortfolioOrchestrator.Delivery;

/// <summary>Reads one recipient of a routing file: <c>{"deliver": ["outbox", "webhook"], "webhook": {"url": …, "secret_env": …}}</c>.</summary>
internal static class RecipientRouteReader
{
    private const string DeliverExpectation = "[\"outbox\"], [\"webhook\"] or [\"outbox\", \"webhook\"]";
    private const string WebhookExpectation = "{\"url\": \"https://…\", \"secret_env\": \"VARIABLE\"}";
    private static readonly string[] RouteKeys = ["deliver", "webhook"];
    private static readonly string[] WebhookKeys = ["url", "secret_env"];

    public static RecipientRoute? Read(string recipient, JsonElement element, string path, JsonFields fields, IReadOnlyDictionary<string, string?> variables)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            fields.Problem(path, "an object with \"deliver\" and, for a webhook, \"webhook\"", JsonFields.Kind(element));
            return null;
        }

        fields.UnknownKeys(element, path, RouteKeys);
        var deliver = Deliver(element, path, fields);
        if (deliver is null)
        {
            return null;
        }

        var webhookPath = JsonPath.Property(path, "webhook");
        var hasHook = element.TryGetProperty("webhook", out var hook);
        if (!deliver.Contains("webhook"))
        {
            if (hasHook)
            {
                fields.Issue(webhookPath, "is given, but \"deliver\" does not include \"webhook\"", "no webhook, or \"webhook\" in \"deliver\"");
            }

            return new RecipientRoute(recipient, Outbox: true, Webhook: null);
        }

        if (!hasHook || hook.ValueKind != JsonValueKind.Object)
        {
            fields.Problem(webhookPath, WebhookExpectation + " for deliver \"webhook\"", hasHook ? JsonFields.Kind(hook) : "nothing");
            return null;
        }

        return Webhook(hook, webhookPath, fields, variables) is { } target
            ? new RecipientRoute(recipient, deliver.Contains("outbox"), target)
            : null;
    }

    private static List<string>? Deliver(JsonElement element, string path, JsonFields fields)
    {
        if (!element.TryGetProperty("deliver", out var list))
        {
            return ["outbox"];
        }

        List<string> deliver = list.ValueKind == JsonValueKind.Array && list.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String)
            ? [.. list.EnumerateArray().Select(e => e.GetString()!)]
            : [];
        if (deliver.Count == 0 || deliver.Any(d => d is not ("outbox" or "webhook")))
        {
            fields.Problem(JsonPath.Property(path, "deliver"), DeliverExpectation, Shown.Quote(list.GetRawText()));
            return null;
        }

        return deliver;
    }

    private static WebhookTarget? Webhook(JsonElement hook, string path, JsonFields fields, IReadOnlyDictionary<string, string?> variables)
    {
        fields.UnknownKeys(hook, path, WebhookKeys);
        var hasUrl = hook.TryGetProperty("url", out var u);
        var url = hasUrl && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
        var hasSecret = hook.TryGetProperty("secret_env", out var s);
        var secret = hasSecret && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        var ok = true;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            fields.Problem(JsonPath.Property(path, "url"), "an absolute http or https URL", hasUrl ? JsonFields.Kind(u) : "nothing");
            ok = false;
        }

        var secretPath = JsonPath.Property(path, "secret_env");
        if (string.IsNullOrWhiteSpace(secret))
        {
            fields.Problem(secretPath, "the name of the environment variable holding the signing secret", hasSecret ? JsonFields.Kind(s) : "nothing");
            ok = false;
        }
        else if (string.IsNullOrEmpty(variables.GetValueOrDefault(secret)))
        {
            fields.Issue(secretPath, $"the environment variable {Shown.Escape(secret)} is not set (it holds the webhook's signing secret)", "a variable that is set", Shown.Quote(secret));
            ok = false;
        }

        return ok ? new WebhookTarget(uri!, secret!) : null;
    }
}
