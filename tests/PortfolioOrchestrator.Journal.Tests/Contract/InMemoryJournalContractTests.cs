using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Testing.Contracts;

namespace PortfolioOrchestrator.Journal.Tests.Contract;

/// <summary>The journal contract against the in-memory journal of dry runs and engine tests.</summary>
public sealed class InMemoryJournalContractTests : JournalContract
{
    protected override IJournal Open() => new InMemoryJournal();
}
