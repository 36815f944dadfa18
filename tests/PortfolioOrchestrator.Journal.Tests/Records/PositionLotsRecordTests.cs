using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Positions;
using PortfolioOrchestrator.Journal.Records;

namespace PortfolioOrchestrator.Journal.Tests.Records;

/// <summary>
/// Record version 1 of a position's lots (CONTRACT Resolution 15, schema 3): the checked-in record reads with
/// every field, is written byte for byte again, and a newer version is refused.
/// </summary>
public sealed class PositionLotsRecordTests
{
    private static string Record() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Lots", "V1", "position-lots.json"));

    [Fact]
    public void Resolution15_version_1_lots_read_with_their_quantities_prices_generation_and_slices()
    {
        var position = JournalRecords.PositionLots.Read(Record());

        Assert.Equal(("TAXABLE-1", "NVDA"), (position.Account.Value, position.Ticker.Value));
        Assert.True(position.Lots[0].IsHeldBefore);
        Assert.Equal(3m, position.Lots[0].Quantity);
        var lot = position.Lots[1];
        Assert.Equal(LotId.Create("po-0123456789abcdef-a1"), lot.Id);
        Assert.Equal(10.5m, lot.Quantity);
        Assert.Equal("QA-2026-11-24-001-r1", lot.RunId!.Value.Value);
        Assert.Equal(120.00m, lot.Stop!.Price.Dollars);
        Assert.Equal([(160.00m, 50m), (180.00m, 50m)], lot.Targets.Select(t => (t.Price.Dollars, t.PercentOfPosition)));
        Assert.Equal(2, lot.Generation);
        Assert.Equal([OrderType.Stop, OrderType.Limit], lot.ProtectiveOrders.Select(o => o.Type));
        Assert.Equal(5m, lot.ProtectedQuantity);
        Assert.Single(lot.Unprotected);
    }

    [Fact]
    public void Resolution15_this_build_writes_version_1_lots_byte_for_byte()
    {
        var text = Record();

        Assert.Equal(text, JournalRecords.PositionLots.Write(JournalRecords.PositionLots.Read(text)));
    }

    [Fact]
    public void Resolution15_lots_of_a_newer_record_version_are_refused_naming_the_versions_read()
    {
        var newer = Record().Replace("\"record_version\":1", "\"record_version\":2", StringComparison.Ordinal);

        var refusal = Assert.Throws<InvalidDataException>(() => JournalRecords.PositionLots.Read(newer));

        Assert.Contains("position's lots of record version 2", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("reads versions 1", refusal.Message, StringComparison.Ordinal);
    }
}
