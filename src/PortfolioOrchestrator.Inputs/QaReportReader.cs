using System.Text.Json;
using PortfolioOrchestrator.Domain.Inputs;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Inputs.Json;
using PortfolioOrchestrator.Inputs.QualityAssurance;
using PortfolioOrchestrator.Inputs.Text;

namespace PortfolioOrchestrator.Inputs;

/// <summary>
/// Reads Quality-Assurance's JSON report (CONTRACT §3) into a <see cref="QaReport"/>. Strict JSON;
/// unknown fields are ignored; a report wrapped in one Markdown code fence is read, with a warning
/// (CONTRACT Resolution 23). Returns every problem found; never throws.
/// </summary>
public static class QaReportReader
{
    public static InputResult<QaReport> Read(string text, string fileName)
    {
        var problems = new ProblemList(fileName);
        var unfenced = MarkdownFence.Unwrap(text);
        var json = unfenced ?? text;
        IReadOnlyList<string> warnings = unfenced is null
            ? []
            : [$"{fileName} is wrapped in a Markdown code fence (```json … ```); the JSON inside it was read"];
        using var input = JsonInput.ParseObject(json, problems, JsonSyntax.Strict, "a JSON object with report_id and trades");
        if (input is null)
        {
            if (unfenced is null && text.IndexOf("```", StringComparison.Ordinal) is var fence and >= 0)
            {
                var line = text.AsSpan(0, fence).Count('\n') + 1;
                problems.AddIssue(line, null, "holds a Markdown code fence, but not as the whole file", "the JSON alone, or wrapped in exactly one fence (```json on the first line, ``` on the last) with nothing outside it");
            }

            return problems.Failure<QaReport>();
        }

        var root = input.Root;
        var fields = input.Fields;
        var reportId = ReportId(root, fields);
        var generatedAt = fields.Timestamp(root, "generated_at", string.Empty, required: false);
        var context = QaContextReader.Read(root, fields);
        var trades = Trades(root, fields);
        return problems.ResultOf(() => new QaReport
        {
            ReportId = reportId!,
            GeneratedAt = generatedAt,
            PortfolioContext = context!,
            Trades = trades!,
            Warnings = warnings,
        });
    }

    private static string? ReportId(JsonElement root, JsonFields fields)
    {
        var text = fields.String(root, "report_id", string.Empty, required: true, "a report id like QA-2026-11-24-001");
        if (text is not null && IdentifierText.NameProblem(text, "a report id like QA-2026-11-24-001") is { } problem)
        {
            fields.Problem("report_id", problem);
            return null;
        }

        return text?.Trim();
    }

    private static List<QaTrade>? Trades(JsonElement root, JsonFields fields)
    {
        if (!JsonFields.TryGet(root, "trades", out var array))
        {
            fields.Missing("trades", "an array of trades");
            return null;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            fields.Problem("trades", "an array of trades", JsonFields.Kind(array));
            return null;
        }

        var trades = new List<QaTrade>();
        var firstIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            if (QaTradeReader.Read(element, index, fields) is { } trade)
            {
                trades.Add(trade);
                if (!firstIndex.TryAdd(trade.TradeId.Value, index))
                {
                    fields.Issue($"trades[{index}].trade_id",
                        $"trade_id {Shown.Quote(trade.TradeId.Value)} is used by trades[{firstIndex[trade.TradeId.Value]}] and trades[{index}]", "each trade_id once", Shown.Quote(trade.TradeId.Value));
                }
            }

            index++;
        }

        return trades;
    }
}
