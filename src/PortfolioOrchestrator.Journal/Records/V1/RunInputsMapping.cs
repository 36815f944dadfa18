using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Journal.Records.V1;

/// <summary>A run's inputs to and from their version-1 record, field by field.</summary>
internal static class RunInputsMapping
{
    public static RunInputsRecord ToRecord(RunInputs inputs) => new()
    {
        Portfolio = PortfolioMapping.ToRecord(inputs.Portfolio),
        Policy = PolicyMapping.ToRecord(inputs.Policy),
        QaContext = ToRecord(inputs.QaContext),
        BrokerSpec = inputs.BrokerSpec,
        FixedNow = inputs.FixedNow,
        SourceTexts = inputs.SourceTexts,
        OutputDirectory = inputs.OutputDirectory,
    };

    public static RunInputs ToDomain(RunInputsRecord record) => new()
    {
        Portfolio = PortfolioMapping.ToDomain(record.Portfolio),
        Policy = PolicyMapping.ToDomain(record.Policy),
        QaContext = record.QaContext is { } context ? ToDomain(context) : new QaPortfolioContext(),
        BrokerSpec = record.BrokerSpec,
        FixedNow = record.FixedNow,
        SourceTexts = new Dictionary<string, string>(record.SourceTexts ?? new Dictionary<string, string>(), StringComparer.Ordinal),
        OutputDirectory = record.OutputDirectory,
    };

    internal static QaContextRecord ToRecord(QaPortfolioContext context) => new()
    {
        AsOf = context.AsOf,
        TotalValue = context.TotalValue?.Dollars,
        TotalCash = context.TotalCash?.Dollars,
        SectorAllocations = context.SectorAllocations.ToDictionary(pair => pair.Key.Value, pair => pair.Value.Fraction, StringComparer.Ordinal),
    };

    internal static QaPortfolioContext ToDomain(QaContextRecord record)
    {
        // Sector names compare case-insensitively: of two spellings of one sector the later wins, as it did when first read.
        var allocations = new Dictionary<SectorName, Ratio>();
        foreach (var (sector, fraction) in record.SectorAllocations ?? new Dictionary<string, decimal>())
        {
            allocations[SectorName.Create(sector)] = Ratio.FromFraction(fraction);
        }

        return new QaPortfolioContext
        {
            AsOf = record.AsOf,
            TotalValue = record.TotalValue is { } value ? Money.FromDollars(value) : null,
            TotalCash = record.TotalCash is { } cash ? Money.FromDollars(cash) : null,
            SectorAllocations = allocations,
        };
    }
}
