using System.Text.Json;
using PortfolioOrchestrator.Journal.Records;
using PortfolioOrchestrator.Journal.Tests.Fixtures;

namespace PortfolioOrchestrator.Journal.Tests.Records;

public sealed class SpellingTests
{
    public static TheoryData<string> StoredEnums => [.. Tables().Keys];

    [Theory]
    [MemberData(nameof(StoredEnums))]
    public void Every_member_of_a_stored_enum_has_one_spelling_that_reads_back_to_it(string name)
    {
        Tables()[name].AssertEveryMemberRoundTrips();
    }

    [Theory]
    [MemberData(nameof(StoredEnums))]
    public void Every_spelling_version_1_wrote_still_reads_and_is_written_the_same(string name)
    {
        using var written = JsonDocument.Parse(VersionOne.Record("enums.json"));
        var table = Tables()[name];

        foreach (var text in written.RootElement.GetProperty(name).EnumerateArray().Select(e => e.GetString()!))
        {
            Assert.Equal(text, table.RoundTrip(text));
        }
    }

    [Fact]
    public void Spellings_are_read_whatever_their_case()
    {
        Assert.Equal(Domain.Runs.TradeStatus.PendingFill, Spellings.TradeStatus.Read("pending_fill"));
    }

    private static Dictionary<string, ISpellingCheck> Tables() => new()
    {
        ["RunStatus"] = new SpellingCheck<Domain.Runs.RunStatus>(Spellings.RunStatus),
        ["RunPhase"] = new SpellingCheck<Domain.Runs.RunPhase>(Spellings.RunPhase),
        ["PortfolioState"] = new SpellingCheck<Domain.Runs.PortfolioState>(Spellings.PortfolioState),
        ["RefreshStatus"] = new SpellingCheck<Domain.Runs.RefreshStatus>(Spellings.RefreshStatus),
        ["BufferStatus"] = new SpellingCheck<Domain.Runs.BufferStatus>(Spellings.BufferStatus),
        ["BufferCheck"] = new SpellingCheck<Domain.Runs.BufferCheck>(Spellings.BufferCheck),
        ["TradeStatus"] = new SpellingCheck<Domain.Runs.TradeStatus>(Spellings.TradeStatus),
        ["TradeFlag"] = new SpellingCheck<Domain.Runs.TradeFlag>(Spellings.TradeFlag),
        ["EscalationType"] = new SpellingCheck<Domain.Runs.EscalationType>(Spellings.EscalationType),
        ["EscalationStep"] = new SpellingCheck<Domain.Runs.EscalationStep>(Spellings.EscalationStep),
        ["EscalationStatus"] = new SpellingCheck<Domain.Runs.EscalationStatus>(Spellings.EscalationStatus),
        ["DecisionKind"] = new SpellingCheck<Domain.Runs.DecisionKind>(Spellings.DecisionKind),
        ["OrderType"] = new SpellingCheck<Domain.Broker.OrderType>(Spellings.OrderType),
        ["OrderStatus"] = new SpellingCheck<Domain.Broker.OrderStatus>(Spellings.OrderStatus),
        ["TradeSide"] = new SpellingCheck<Domain.QualityAssurance.TradeSide>(Spellings.TradeSide),
    };

    private interface ISpellingCheck
    {
        void AssertEveryMemberRoundTrips();

        string RoundTrip(string text);
    }

    private sealed class SpellingCheck<TEnum>(Spelling<TEnum> spelling) : ISpellingCheck
        where TEnum : struct, Enum
    {
        public void AssertEveryMemberRoundTrips()
        {
            var members = Enum.GetValues<TEnum>();
            foreach (var member in members)
            {
                Assert.Equal(member, spelling.Read(spelling.Write(member)));
            }

            Assert.Equal(members.Length, spelling.Texts.Count);
        }

        public string RoundTrip(string text) => spelling.Write(spelling.Read(text));
    }
}
