using System.Text.Json;
using PortfolioOrchestrator.Domain.Inputs;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Inputs.Json;
using PortfolioOrchestrator.Inputs.QualityAssurance;
using PortfolioOrchestrator.Inputs.Text;

namespace PortfolioOrchestrator.Inputs;

/// <summary>
/// Reads Quality-Assurance's JSON report (CONTRACT §3) into a <see cref="QaReport"/>. Strict JSON;
/// unknown fields are ignored. Returns every problem found; never throws.
/// </summary>
public static class QaReportReader
{
    public static InputResult<QaReport> Read(string json, string fileName)
    {
        var problems = new ProblemList(fileName);
        using var document = JsonInput.Parse(json, problems);
        if (document is null)
        {
            return problems.Failure<QaReport>();
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(1, null, $"expected a JSON object with report_id and trades, got {JsonFields.Kind(root)}");
            return problems.Failure<QaReport>();
        }

        var fields = new JsonFields(problems);
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
        });
    }

    private static string? ReportId(JsonElement root, JsonFields fields)
    {
        var text = fields.String(root, "report_id", string.Empty, required: true, "a report id like QA-2026-11-24-001");
        if (text is not null && IdentifierText.NameProblem(text, "a report id like QA-2026-11-24-001") is { } problem)
        {
            fields.Problems.Add(null, "report_id", problem);
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
            fields.Problems.Add(null, "trades", $"expected an array of trades, got {JsonFields.Kind(array)}");
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
                    fields.Problems.Add(null, $"trades[{index}].trade_id",
                        $"trade_id {Shown.Quote(trade.TradeId.Value)} is used by trades[{firstIndex[trade.TradeId.Value]}] and trades[{index}]; expected each trade_id once");
                }
            }

            index++;
        }

        return trades;
    }
}
