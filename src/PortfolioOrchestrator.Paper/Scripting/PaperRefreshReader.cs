using System.Text.Json;
using PortfolioOrchestrator.Inputs.Json;

namespace PortfolioOrchestrator.Paper.Scripting;

/// <summary>Reads the <c>refresh</c> block: <c>{"delay_minutes": 12}</c> or <c>{"fail": "reason"}</c>.</summary>
internal static class PaperRefreshReader
{
    /// <summary>A year; beyond it a delay is surely a typo.</summary>
    public const decimal MaxDelayMinutes = 525_600m;

    private static readonly string[] Keys = ["delay_minutes", "fail"];

    public static PaperRefreshScript? Read(JsonElement element, JsonFields fields)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            fields.Problem("refresh", "an object with delay_minutes or fail", JsonFields.Kind(element));
            return null;
        }

        fields.UnknownKeys(element, "refresh", Keys);
        var hasDelay = element.TryGetProperty("delay_minutes", out var delayElement);
        var hasFail = element.TryGetProperty("fail", out var failElement);
        if (hasDelay == hasFail)
        {
            fields.Problem("refresh", "exactly one of delay_minutes (minutes until the refresh completes) or fail (the reason it fails)", hasDelay ? "both" : "neither");
            return null;
        }

        if (hasDelay)
        {
            if (delayElement.ValueKind == JsonValueKind.Number && delayElement.TryGetDecimal(out var minutes) && minutes >= 0m && minutes <= MaxDelayMinutes)
            {
                return new PaperRefreshScript(TimeSpan.FromMinutes((double)minutes), null);
            }

            fields.Problem("refresh.delay_minutes", $"a number of minutes from 0 to {PaperScriptReader.Format(MaxDelayMinutes)}", JsonFields.Kind(delayElement));
            return null;
        }

        if (failElement.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(failElement.GetString()))
        {
            return new PaperRefreshScript(null, failElement.GetString()!.Trim());
        }

        fields.Problem("refresh.fail", "the failure's reason, a non-empty string", JsonFields.Kind(failElement));
        return null;
    }
}
