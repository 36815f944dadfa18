using PortfolioOrchestrator.Domain.Journal;
using PortfolioOrchestrator.Journal.Tests.Fixtures;
using PortfolioOrchestrator.Testing.Contracts;
using PortfolioOrchestrator.Testing.Files;

namespace PortfolioOrchestrator.Journal.Tests.Contract;

/// <summary>The journal contract against the SQLite journal of a fresh state directory.</summary>
public sealed class SqliteJournalContractTests : JournalContract
{
    private readonly TempDirectory _state = new("journal");

    protected override IJournal Open() => SqliteJournal.Open(_state.Path);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _state.Dispose();
    }
}
