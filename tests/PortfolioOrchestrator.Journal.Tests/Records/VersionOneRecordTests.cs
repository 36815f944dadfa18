using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Journal.Records;
using PortfolioOrchestrator.Journal.Tests.Fixtures;

namespace PortfolioOrchestrator.Journal.Tests.Records;

/// <summary>Records as the first journal wrote them (Fixtures/V1/records) read to the values they were written from.</summary>
public sealed class VersionOneRecordTests
{
    [Fact]
    public void A_version_1_run_header_reads_to_the_header_it_was_written_from()
    {
        var (header, approvals) = JournalRecords.RunHeader.Read(VersionOne.Record("run-header.json"));

        Assert.Equivalent(Samples.Header(Samples.Run(1)), header, strict: true);
        Assert.Equal(Samples.Approvals, approvals);
        Assert.Equal(Samples.Start.Offset, header.StartedAt.Offset);
        Assert.Equal(new TimeSpan(0, 3, 20, 5, 250), header.PortfolioAge);
    }

    [Fact]
    public void A_version_1_run_header_with_nulls_reads_them_as_absent()
    {
        var header = JournalRecords.RunHeader.Read(VersionOne.Record("run-header-minimal.json")).Header;

        Assert.Null(header.CompletedAt);
        Assert.Null(header.PortfolioState);
        Assert.Null(header.PreExecution);
        Assert.Null(header.AwaitingEscalation);
        Assert.Null(header.PostExecution);
        Assert.Null(header.NextReviewDate);
        Assert.Empty(header.Caveats);
        Assert.Equal(RunStatus.CompletedWithEscalations, header.Status);
    }

    [Fact]
    public void Version_1_run_inputs_read_to_the_inputs_they_were_written_from()
    {
        var inputs = JournalRecords.RunInputs.Read(VersionOne.Record("run-inputs.json"));

        Assert.Equivalent(Samples.Inputs(), inputs, strict: true);
        Assert.Equal("{ \"report_id\": \"x\" }", inputs.SourceTexts["qa.json"]);
        Assert.Equal(Ratio.FromPercent(7.6m), inputs.QaContext.SectorAllocations[SectorName.Create("technology")]);
    }

    [Fact]
    public void A_version_1_trade_reads_to_the_trade_it_was_written_from()
    {
        var trade = JournalRecords.Trade.Read(VersionOne.Record("trade.json"));

        Assert.Equivalent(Samples.Trade(0), trade, strict: true);
        Assert.Equal(Samples.Trade(0).ClientOrderId, trade.ClientOrderId);
    }

    [Fact]
    public void A_version_1_trade_that_was_never_approved_reads_with_its_absent_fields()
    {
        var trade = JournalRecords.Trade.Read(VersionOne.Record("trade-minimal.json"));

        Assert.Equal(TradeStatus.NotApproved, trade.Status);
        Assert.Null(trade.Trade.Account);
        Assert.Null(trade.Trade.Sector);
        Assert.Null(trade.Trade.StopLoss);
        Assert.Null(trade.Fill);
        Assert.Null(trade.ClientOrderId);
        Assert.False(trade.Trade.IsApproved);
    }

    [Fact]
    public void Version_1_escalations_read_with_their_decisions()
    {
        var approved = JournalRecords.Escalation.Read(VersionOne.Record("escalation.json"));
        var deferred = JournalRecords.Escalation.Read(VersionOne.Record("escalation-deferred.json"));

        Assert.Equivalent(Samples.Escalation(EscalationId.Create("E-1")), approved, strict: true);
        Assert.Equal(new Decision(DecisionKind.Defer, "ma", null, Samples.Start), deferred.Decision);
        Assert.Equal(EscalationStatus.Deferred, deferred.Status);
    }

    [Theory]
    [InlineData("run-header.json")]
    [InlineData("run-header-minimal.json")]
    public void This_build_writes_a_run_header_byte_for_byte_as_version_1_did(string file)
    {
        var text = VersionOne.Record(file);

        Assert.Equal(text, JournalRecords.RunHeader.Write(JournalRecords.RunHeader.Read(text)));
    }

    [Fact]
    public void Version_1_run_inputs_written_again_are_version_2_holding_the_same_inputs()
    {
        var text = VersionOne.Record("run-inputs.json");

        var written = JournalRecords.RunInputs.Write(JournalRecords.RunInputs.Read(text));

        Assert.StartsWith("{\"record_version\":2,", written, StringComparison.Ordinal);
        Assert.Equivalent(Samples.Inputs(), JournalRecords.RunInputs.Read(written), strict: true);
    }

    [Theory]
    [InlineData("trade.json")]
    [InlineData("trade-minimal.json")]
    public void A_version_1_trade_written_again_is_version_2_holding_the_same_trade(string file)
    {
        var read = JournalRecords.Trade.Read(VersionOne.Record(file));

        var written = JournalRecords.Trade.Write(read);

        Assert.StartsWith("{\"record_version\":2,", written, StringComparison.Ordinal);
        Assert.Equivalent(read, JournalRecords.Trade.Read(written), strict: true);
        Assert.Null(read.MarketPriceAtSubmission);
        Assert.Null(read.MarketSlippageBps);
    }

    [Theory]
    [InlineData("escalation.json")]
    [InlineData("escalation-deferred.json")]
    public void This_build_writes_an_escalation_byte_for_byte_as_version_1_did(string file)
    {
        var text = VersionOne.Record(file);

        Assert.Equal(text, JournalRecords.Escalation.Write(JournalRecords.Escalation.Read(text)));
    }
}
