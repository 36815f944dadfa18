using System.Text.Json;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Inputs.Json;

namespace PortfolioOrchestrator.Inputs.QualityAssurance;

/// <summary>Reads a trade's optional <c>stop_loss</c> and <c>profit_targets</c>; target percents must add up to at most 100.</summary>
internal static class ProtectionReader
{
    public static StopLossSpec? StopLoss(JsonElement trade, string path, JsonFields fields)
    {
        var field = JsonPath.Property(path, "stop_loss");
        if (!JsonFields.TryGet(trade, "stop_loss", out var stop))
        {
            return null;
        }

        if (stop.ValueKind != JsonValueKind.Object)
        {
            fields.Problem(field, "an object like { \"price\": 380.00 }", JsonFields.Kind(stop));
            return null;
        }

        var price = fields.PositiveMoney(stop, "price", field, required: true, "380.00");
        return price is { } p ? new StopLossSpec(Money.FromDollars(p)) : null;
    }

    public static IReadOnlyList<ProfitTargetSpec>? ProfitTargets(JsonElement trade, string path, JsonFields fields)
    {
        var field = JsonPath.Property(path, "profit_targets");
        if (!JsonFields.TryGet(trade, "profit_targets", out var targets))
        {
            return [];
        }

        if (targets.ValueKind != JsonValueKind.Array)
        {
            fields.Problem(field, "an array of { \"price\": ..., \"percent_of_position\": ... }", JsonFields.Kind(targets));
            return null;
        }

        var before = fields.Problems.Count;
        var read = new List<ProfitTargetSpec>();
        var index = 0;
        foreach (var target in targets.EnumerateArray())
        {
            var targetPath = JsonPath.Element(field, index++);
            if (target.ValueKind != JsonValueKind.Object)
            {
                fields.Problem(targetPath, "an object like { \"price\": 450.00, \"percent_of_position\": 50 }", JsonFields.Kind(target));
                continue;
            }

            var price = fields.PositiveMoney(target, "price", targetPath, required: true, "450.00");
            var percent = Percent(target, targetPath, fields);
            if (price is { } p && percent is { } share)
            {
                read.Add(new ProfitTargetSpec(Money.FromDollars(p), share));
            }
        }

        var total = read.Sum(t => t.PercentOfPosition);
        if (fields.Problems.Count == before && total > 100m)
        {
            fields.Issue(field, $"the targets' percent_of_position add up to {total}", "at most 100 (a position can be sold only once)", $"{total}");
        }

        return fields.Problems.Count == before ? read : null;
    }

    private static decimal? Percent(JsonElement target, string path, JsonFields fields)
    {
        const string Expectation = "a percent of the position greater than 0 and at most 100, like 50";
        var percent = fields.Number(target, "percent_of_position", path, required: true, Expectation);
        if (percent is { } value && (value <= 0m || value > 100m))
        {
            fields.Problem(JsonPath.Property(path, "percent_of_position"), Expectation, $"{value}");
            return null;
        }

        return percent;
    }
}
