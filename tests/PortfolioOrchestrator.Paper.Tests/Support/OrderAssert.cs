using PortfolioOrchestrator.Domain.Broker;

namespace PortfolioOrchestrator.Paper.Tests.Support;

public static class OrderAssert
{
    /// <summary>Equal in every field, fills compared by value.</summary>
    public static void Same(BrokerOrder? expected, BrokerOrder? actual)
    {
        Assert.NotNull(expected);
        Assert.NotNull(actual);
        Assert.Equal(expected with { Fills = [] }, actual with { Fills = [] });
        Assert.Equal(expected.Fills, actual.Fills);
    }
}
