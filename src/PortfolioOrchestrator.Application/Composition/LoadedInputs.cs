using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Application.Composition;

/// <summary>Validated inputs of <c>po validate</c> and <c>po run</c>, with their raw texts for the journal.</summary>
public sealed record LoadedInputs(
    PortfolioSnapshot Portfolio,
    QaReport Report,
    ExecutionPolicy Policy,
    IReadOnlyDictionary<string, string> SourceTexts);
