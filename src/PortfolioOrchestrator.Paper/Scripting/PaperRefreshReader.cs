using System.Text.Json;

namespace PortfolioOrchestrator.Paper.Scripting;

/// <summary>Reads the <c>refresh</c> block: <c>{"delay_minutes": 12}</c> or <c>{"fail": "reason"}</c>.</summary>
internal static class PaperRefreshReader
{
    /// <summary>A year; beyond it a delay is surely a typo.</summary>
    public const decimal MaxDelayMinutes = 525_600m;

    private static readonly string[] Keys = ["delay_minutes", "fail"];

    public static PaperRefreshScript? Read(JsonElement element, ScriptContext context)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            context.Problem("refresh", $"expected an object with delay_minutes or fail, found {ScriptContext.Describe(element)}");
            return null;
        }

        var properties = context.Properties(element, "refresh", Keys);
        var hasDelay = properties.TryGetValue("delay_minutes", out var delayElement);
        var hasFail = properties.TryGetValue("fail", out var failElement);
        if (hasDelay == hasFail)
        {
            context.Problem("refresh", "expected exactly one of delay_minutes (minutes until the refresh completes) or fail (the reason it fails)");
            return null;
        }

        if (hasDelay)
        {
            if (ScriptContext.TryGetDecimal(delayElement, out var minutes) && minutes >= 0m && minutes <= MaxDelayMinutes)
            {
                return new PaperRefreshScript(TimeSpan.FromMinutes((double)minutes), null);
            }

            context.Problem("refresh.delay_minutes", $"expected a number of minutes from 0 to {ScriptContext.Format(MaxDelayMinutes)}, found {ScriptContext.Describe(delayElement)}");
            return null;
        }

        if (failElement.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(failElement.GetString()))
        {
            return new PaperRefreshScript(null, failElement.GetString()!.Trim());
        }

        context.Problem("refresh.fail", $"expected the failure's reason, a non-empty string, found {ScriptContext.Describe(failElement)}");
        return null;
    }
}
