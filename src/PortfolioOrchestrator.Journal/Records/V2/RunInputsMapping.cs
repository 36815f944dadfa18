using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Journal.Records.V1;
using InputsV1 = PortfolioOrchestrator.Journal.Records.V1.RunInputsMapping;

namespace PortfolioOrchestrator.Journal.Records.V2;

/// <summary>A run's inputs to and from their version-2 record; what version 1 also holds maps as version 1 maps it.</summary>
internal static class RunInputsMapping
{
    public static RunInputsRecord ToRecord(RunInputs inputs) => new()
    {
        Portfolio = PortfolioMapping.ToRecord(inputs.Portfolio),
        Policy = PolicyMapping.ToRecord(inputs.Policy),
        QaContext = InputsV1.ToRecord(inputs.QaContext),
        BrokerSpec = inputs.BrokerSpec,
        FixedNow = inputs.FixedNow,
        SourceTexts = inputs.SourceTexts,
        OutputDirectory = inputs.OutputDirectory,
        PortfolioPath = inputs.PortfolioPath,
        RefreshMode = inputs.RefreshMode,
        Refreshed = inputs.Refreshed is { } refreshed
            ? new RefreshedPortfolioRecord { Source = Spellings.RefreshSource.Write(refreshed.Source), Portfolio = PortfolioMapping.ToRecord(refreshed.Portfolio), Text = refreshed.Text }
            : null,
    };

    public static RunInputs ToDomain(RunInputsRecord record) => new()
    {
        Portfolio = PortfolioMapping.ToDomain(record.Portfolio),
        Policy = PolicyMapping.ToDomain(record.Policy),
        QaContext = record.QaContext is { } context ? InputsV1.ToDomain(context) : new Domain.QualityAssurance.QaPortfolioContext(),
        BrokerSpec = record.BrokerSpec,
        FixedNow = record.FixedNow,
        SourceTexts = new Dictionary<string, string>(record.SourceTexts ?? new Dictionary<string, string>(), StringComparer.Ordinal),
        OutputDirectory = record.OutputDirectory,
        PortfolioPath = record.PortfolioPath,
        RefreshMode = record.RefreshMode,
        Refreshed = record.Refreshed is { } refreshed
            ? new RefreshedPortfolio(PortfolioMapping.ToDomain(refreshed.Portfolio), Spellings.RefreshSource.Read(refreshed.Source), refreshed.Text)
            : null,
    };
}
