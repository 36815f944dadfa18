namespace PortfolioOrchestrator.Domain.Tests;

/// <summary>Every (from, to) pair of an enum's members, for tests that enumerate a transition table whole.</summary>
internal static class EnumPairs
{
    public static TheoryData<TEnum, TEnum> Of<TEnum>()
        where TEnum : struct, Enum
    {
        var data = new TheoryData<TEnum, TEnum>();
        foreach (var from in Enum.GetValues<TEnum>())
        {
            foreach (var to in Enum.GetValues<TEnum>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }
}
