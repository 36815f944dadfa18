using PortfolioOrchestrator.Journal.Records;
using PortfolioOrchestrator.Journal.Tests.Fixtures;

namespace PortfolioOrchestrator.Journal.Tests.Records;

/// <summary>
/// Record version 2 of a run's inputs (the refreshed portfolio, CONTRACT Resolution 24): the checked-in record
/// this build wrote from <see cref="Samples.InputsV2"/> still reads, and is written byte for byte again.
/// </summary>
public sealed class VersionTwoRecordTests
{
    private static string Record(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "V2", "records", file));

    [Fact]
    public void Version_2_run_inputs_read_with_the_refreshed_portfolio_the_path_and_the_mode()
    {
        var inputs = JournalRecords.RunInputs.Read(Record("run-inputs.json"));

        Assert.Equivalent(Samples.InputsV2(), inputs, strict: true);
    }

    [Fact]
    public void This_build_writes_version_2_run_inputs_byte_for_byte()
    {
        var text = Record("run-inputs.json");

        Assert.Equal(text, JournalRecords.RunInputs.Write(JournalRecords.RunInputs.Read(text)));
    }

    [Fact]
    public void Run_inputs_without_a_refresh_are_written_as_version_2_with_refreshed_null()
    {
        var written = JournalRecords.RunInputs.Write(Samples.Inputs());

        Assert.Contains("\"refreshed\":null", written, StringComparison.Ordinal);
        Assert.Equivalent(Samples.Inputs(), JournalRecords.RunInputs.Read(written), strict: true);
    }

    [Fact]
    public void Resolution22_a_version_2_trade_reads_with_its_market_price_at_submission_and_its_protective_orders_expiry()
    {
        var trade = JournalRecords.Trade.Read(Record("trade.json"));

        Assert.Equivalent(Samples.TradeV2(0), trade, strict: true);
    }

    [Fact]
    public void This_build_writes_a_version_2_trade_byte_for_byte()
    {
        var text = Record("trade.json");

        Assert.Equal(text, JournalRecords.Trade.Write(JournalRecords.Trade.Read(text)));
    }

    [Fact]
    public void A_trade_without_a_market_price_is_written_as_version_2_with_nulls()
    {
        var written = JournalRecords.Trade.Write(Samples.Trade(0));

        Assert.Contains("\"market_price_at_submission\":null", written, StringComparison.Ordinal);
        Assert.Contains("\"market_slippage_bps\":null", written, StringComparison.Ordinal);
        Assert.Equivalent(Samples.Trade(0), JournalRecords.Trade.Read(written), strict: true);
    }
}
