using System.Text.Json;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Journal.Records;
using PortfolioOrchestrator.Journal.Tests.Fixtures;

namespace PortfolioOrchestrator.Journal.Tests.Records;

public sealed class RecordFormatTests
{
    private const string BareHeader = """
        {"run_id":"R-1","report_id":"QA-1","started_at":"2026-11-24T14:00:00-05:00","updated_at":"2026-11-24T14:00:00-05:00","broker":"paper","total_value":100,"start_cash":20,"running_cash":20}
        """;

    private const string BareTrade = """
        {"sequence":0,"trade":{"trade_id":"T-1","ticker":"MSFT","size_dollars":100,"gate":"APPROVED_FOR_EXECUTION","report_index":0},"status":"QUEUED"}
        """;

    [Fact]
    public void Every_property_of_a_run_survives_a_round_trip()
    {
        var snapshot = Samples.Snapshot(Samples.Run(1));
        foreach (var text in Stored.Text(snapshot).Split('\n'))
        {
            JsonAssert.FullyPopulated(text);
        }

        var (header, approvals) = JournalRecords.RunHeader.Read(JournalRecords.RunHeader.Write(new StoredRunHeader(snapshot.Header, Samples.Approvals)));
        var inputs = JournalRecords.RunInputs.Read(JournalRecords.RunInputs.Write(snapshot.Inputs));
        var trade = JournalRecords.Trade.Read(JournalRecords.Trade.Write(snapshot.Trades[0]));
        var escalation = JournalRecords.Escalation.Read(JournalRecords.Escalation.Write(snapshot.Escalations[0]));

        Assert.Equivalent(snapshot.Header, header, strict: true);
        Assert.Equal(Samples.Approvals, approvals);
        Assert.Equivalent(snapshot.Inputs, inputs, strict: true);
        Assert.Equivalent(snapshot.Trades[0], trade, strict: true);
        Assert.Equivalent(snapshot.Escalations[0], escalation, strict: true);
        Assert.Equal(snapshot.Header.StartedAt.Offset, header.StartedAt.Offset);
    }

    [Fact]
    public void Names_are_snake_case_and_enums_use_the_contract_spelling()
    {
        var json = JournalRecords.RunHeader.Write(new StoredRunHeader(Samples.Header(Samples.Run(1)), Samples.Approvals));

        Assert.Contains("\"run_id\":", json, StringComparison.Ordinal);
        Assert.Contains("\"next_review_date\":\"2026-12-01\"", json, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"COMPLETED_WITH_ESCALATIONS\"", json, StringComparison.Ordinal);
        Assert.Contains("\"portfolio_state\":\"STALE_WITHIN_DAY\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Sector_keyed_allocations_are_stored_under_the_sector_name()
    {
        var json = JournalRecords.RunInputs.Write(Samples.Inputs());

        Assert.Contains("\"sector_allocations\":{\"Technology\":0.076}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Derived_members_are_not_stored()
    {
        using var trade = JsonDocument.Parse(JournalRecords.Trade.Write(Samples.Trade(0)));
        var inputs = JournalRecords.RunInputs.Write(Samples.Inputs());

        Assert.False(trade.RootElement.TryGetProperty("trade_id", out _));
        Assert.False(trade.RootElement.GetProperty("trade").TryGetProperty("is_approved", out _));
        Assert.False(trade.RootElement.GetProperty("trade").TryGetProperty("cash_effect", out _));
        Assert.DoesNotContain("sector_values", inputs, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_1_header_without_optional_properties_reads_with_the_defaults_it_always_had()
    {
        var header = JournalRecords.RunHeader.Read(BareHeader).Header;

        Assert.Equal(RunStatus.Running, header.Status);
        Assert.Equal(RunPhase.Startup, header.Phase);
        Assert.Equal(RefreshStatus.NotNeeded, header.Refresh);
        Assert.Empty(header.Caveats);
        Assert.Empty(header.Warnings);
        Assert.Equal(0, header.NextQueueIndex);
    }

    [Fact]
    public void A_version_1_trade_without_optional_properties_reads_with_the_defaults_it_always_had()
    {
        var trade = JournalRecords.Trade.Read(BareTrade);

        Assert.Equal(1, trade.Attempt);
        Assert.Equal(TradeSide.Buy, trade.Trade.Side);
        Assert.Empty(trade.Flags);
        Assert.Empty(trade.Trade.ProfitTargets);
        Assert.Empty(trade.ProfitTargetOrders);
    }

    [Fact]
    public void A_version_1_policy_without_a_threshold_reads_the_seeds_default()
    {
        var text = JournalRecords.RunInputs.Write(Samples.Inputs());
        using var document = JsonDocument.Parse(text);
        var policy = document.RootElement.GetProperty("policy").GetRawText();

        var inputs = JournalRecords.RunInputs.Read(text.Replace(policy, "{\"min_buffer\":0.2}", StringComparison.Ordinal));

        Assert.Equal(Ratio.FromFraction(0.2m), inputs.Policy.MinBuffer);
        Assert.Equal(Domain.Policy.ExecutionPolicy.Default with { MinBuffer = Ratio.FromFraction(0.2m) }, inputs.Policy);
    }

    [Fact]
    public void A_record_that_declares_version_1_reads_as_version_1()
    {
        var header = JournalRecords.RunHeader.Read(BareHeader.Replace("{\"run_id\"", "{\"record_version\":1,\"run_id\"", StringComparison.Ordinal)).Header;

        Assert.Equal("R-1", header.RunId.Value);
    }

    [Fact]
    public void A_record_of_a_version_this_build_does_not_know_is_refused_naming_its_kind_and_version()
    {
        var later = BareTrade.Replace("{\"sequence\"", "{\"record_version\":9,\"sequence\"", StringComparison.Ordinal);

        var refused = Assert.Throws<InvalidDataException>(() => JournalRecords.Trade.Read(later));

        Assert.Contains("trade of record version 9", refused.Message, StringComparison.Ordinal);
        Assert.Contains("reads versions 1", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"record_version\":\"1\"}")]
    [InlineData("{\"record_version\":0}")]
    [InlineData("{\"sequence\":0}")]
    public void A_record_that_does_not_read_is_refused_naming_its_kind(string text)
    {
        var refused = Assert.Throws<InvalidDataException>(() => JournalRecords.Trade.Read(text));

        Assert.Contains("holds a trade it cannot read", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_enum_written_as_a_number_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => JournalRecords.Trade.Read(BareTrade.Replace("\"QUEUED\"", "3", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_unknown_spelling_is_refused_with_the_spellings_it_may_have()
    {
        var refused = Assert.Throws<InvalidDataException>(() => JournalRecords.Trade.Read(BareTrade.Replace("QUEUED", "WAITING", StringComparison.Ordinal)));

        Assert.Contains("unknown trade status 'WAITING'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("QUEUED", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Properties_a_version_1_record_does_not_know_are_ignored_as_they_always_were()
    {
        var trade = JournalRecords.Trade.Read(BareTrade.Replace("{\"sequence\"", "{\"note\":\"x\",\"sequence\"", StringComparison.Ordinal));

        Assert.Equal(TradeStatus.Queued, trade.Status);
    }
}
