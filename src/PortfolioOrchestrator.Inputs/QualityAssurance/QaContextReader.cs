using System.Text.Json;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Inputs.Json;
using PortfolioOrchestrator.Inputs.Text;

namespace PortfolioOrchestrator.Inputs.QualityAssurance;

/// <summary>
/// Reads the optional <c>portfolio_context</c>. Sector allocations are percentages in the report
/// (7.6 means 7.6 %) and become <see cref="Ratio"/>s; <c>{ "allocation_percent": 7.6 }</c> and a bare 7.6 are both read.
/// </summary>
internal static class QaContextReader
{
    private const string Path = "portfolio_context";

    public static QaPortfolioContext? Read(JsonElement root, JsonFields fields)
    {
        if (!JsonFields.TryGet(root, Path, out var context))
        {
            return new QaPortfolioContext();
        }

        if (context.ValueKind != JsonValueKind.Object)
        {
            fields.Problem(Path, "an object", JsonFields.Kind(context));
            return null;
        }

        var before = fields.Problems.Count;
        var asOf = fields.Timestamp(context, "as_of", Path, required: false);
        var totalValue = fields.NonNegativeMoney(context, "total_value", Path, "249800.00");
        var totalCash = fields.NonNegativeMoney(context, "total_cash", Path, "45000.00");
        var sectors = Sectors(context, fields);
        return fields.Problems.Count != before ? null : new QaPortfolioContext
        {
            AsOf = asOf,
            TotalValue = totalValue is { } v ? Money.FromDollars(v) : null,
            TotalCash = totalCash is { } c ? Money.FromDollars(c) : null,
            SectorAllocations = sectors!,
        };
    }

    private static Dictionary<SectorName, Ratio>? Sectors(JsonElement context, JsonFields fields)
    {
        var sectors = new Dictionary<SectorName, Ratio>();
        var path = JsonPath.Property(Path, "sectors");
        if (!JsonFields.TryGet(context, "sectors", out var element))
        {
            return sectors;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            fields.Problem(path, "an object like { \"Technology\": { \"allocation_percent\": 7.6 } }", JsonFields.Kind(element));
            return null;
        }

        foreach (var sector in element.EnumerateObject())
        {
            var sectorPath = JsonPath.Property(path, sector.Name);
            if (IdentifierText.NameProblem(sector.Name, "a sector name") is { } nameProblem)
            {
                fields.Problem(sectorPath, nameProblem);
                continue;
            }

            var percent = Percent(sector.Value, sectorPath, fields);
            if (percent is null)
            {
                continue;
            }

            var name = SectorName.Create(sector.Name);
            if (!sectors.TryAdd(name, Ratio.FromPercent(percent.Value)))
            {
                fields.Issue(sectorPath, $"sector {name} is listed twice (names are compared ignoring case)", "each sector once");
            }
        }

        return sectors;
    }

    private static decimal? Percent(JsonElement value, string path, JsonFields fields)
    {
        const string Expectation = "an allocation_percent from 0 to 100 (7.6 means 7.6%)";
        decimal? percent;
        string field;
        if (value.ValueKind == JsonValueKind.Object)
        {
            field = JsonPath.Property(path, "allocation_percent");
            percent = fields.Number(value, "allocation_percent", path, required: true, Expectation);
        }
        else
        {
            field = path;
            percent = fields.Number(value, path, Expectation);
        }

        if (percent is { } p && (p < 0m || p > 100m))
        {
            fields.Problem(field, Expectation, $"{p}");
            return null;
        }

        return percent;
    }
}
