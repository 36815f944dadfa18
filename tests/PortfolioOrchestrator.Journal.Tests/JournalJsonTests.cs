using System.Text.Json;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Journal.Tests.Fixtures;

namespace PortfolioOrchestrator.Journal.Tests;

public sealed class JournalJsonTests
{
    [Fact]
    public void Run_snapshot_round_trips_with_every_property()
    {
        var snapshot = Samples.Snapshot(Samples.Run(1));
        var json = JsonSerializer.Serialize(snapshot, JournalJson.Options);
        JsonAssert.FullyPopulated(json);

        var back = JsonSerializer.Deserialize<RunSnapshot>(json, JournalJson.Options)!;

        Assert.Equal(json, JsonSerializer.Serialize(back, JournalJson.Options));
        Assert.Equal(snapshot.Header.PortfolioAge, back.Header.PortfolioAge);
        Assert.Equal(snapshot.Header.NextReviewDate, back.Header.NextReviewDate);
        Assert.Equal(snapshot.Header.StartedAt.Offset, back.Header.StartedAt.Offset);
        Assert.Equal(snapshot.Inputs.Policy, back.Inputs.Policy);
        Assert.Equal(snapshot.Inputs.SourceTexts["qa.json"], back.Inputs.SourceTexts["qa.json"]);
    }

    [Fact]
    public void Trade_execution_round_trips_with_every_property()
    {
        var trade = Samples.Trade(0);
        var json = JsonSerializer.Serialize(trade, JournalJson.Options);
        JsonAssert.FullyPopulated(json);

        var back = JsonSerializer.Deserialize<TradeExecution>(json, JournalJson.Options)!;

        Assert.Equal(json, JsonSerializer.Serialize(back, JournalJson.Options));
        Assert.Equal(trade.ClientOrderId, back.ClientOrderId);
        Assert.Equal(trade.Fill, back.Fill);
        Assert.Equal(trade.StopLossOrder, back.StopLossOrder);
        Assert.Equal(trade.Flags, back.Flags);
        Assert.Equal(trade.Trade.ProfitTargets, back.Trade.ProfitTargets);
        Assert.Equal(trade.Trade.Account, back.Trade.Account);
        Assert.Equal(trade.EarlierRunId, back.EarlierRunId);
    }

    [Fact]
    public void Escalation_round_trips_with_every_property()
    {
        var escalation = Samples.Escalation(EscalationId.Create("E-1"));
        var json = JsonSerializer.Serialize(escalation, JournalJson.Options);
        JsonAssert.FullyPopulated(json);

        var back = JsonSerializer.Deserialize<Escalation>(json, JournalJson.Options)!;

        Assert.Equal(json, JsonSerializer.Serialize(back, JournalJson.Options));
        Assert.Equal(escalation.Decision, back.Decision);
        Assert.Equal(escalation.TradeIds, back.TradeIds);
    }

    [Fact]
    public void Run_header_round_trips_with_every_property()
    {
        var header = Samples.Header(Samples.Run(1));
        var json = JsonSerializer.Serialize(header, JournalJson.Options);
        JsonAssert.FullyPopulated(json);

        var back = JsonSerializer.Deserialize<RunHeader>(json, JournalJson.Options)!;

        Assert.Equal(json, JsonSerializer.Serialize(back, JournalJson.Options));
        Assert.Equal(header.AwaitingEscalation, back.AwaitingEscalation);
        Assert.Equal(header.PostExecution!.Sectors, back.PostExecution!.Sectors);
        Assert.Equal(header.Caveats, back.Caveats);
    }

    [Fact]
    public void Sector_keyed_dictionaries_round_trip()
    {
        var report = Samples.Report();
        var json = JsonSerializer.Serialize(report, JournalJson.Options);
        JsonAssert.FullyPopulated(json);

        var back = JsonSerializer.Deserialize<QaReport>(json, JournalJson.Options)!;

        Assert.Equal(report.PortfolioContext.SectorAllocations, back.PortfolioContext.SectorAllocations);
        Assert.Contains("\"Technology\":0.076", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_are_snake_case_and_enums_use_the_contract_spelling()
    {
        var json = JsonSerializer.Serialize(Samples.Header(Samples.Run(1)), JournalJson.Options);

        Assert.Contains("\"run_id\":", json, StringComparison.Ordinal);
        Assert.Contains("\"next_review_date\":\"2026-12-01\"", json, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"COMPLETED_WITH_ESCALATIONS\"", json, StringComparison.Ordinal);
        Assert.Contains("\"portfolio_state\":\"STALE_WITHIN_DAY\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Derived_members_are_not_stored()
    {
        var json = JsonSerializer.Serialize(Samples.Trade(0), JournalJson.Options);

        Assert.DoesNotContain("is_approved", json, StringComparison.Ordinal);
        Assert.DoesNotContain("cash_effect", json, StringComparison.Ordinal);
    }

    [Fact]
    public void An_enum_written_as_a_number_is_refused()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TradeFlag>("1", JournalJson.Options));
    }
}
