namespace PortfolioOrchestrator.Domain.Calendar;

/// <summary>
/// Full-day closures the exchange announced outside its holiday rules (national days of mourning,
/// weather, the 2001 attacks). Add a row when the exchange announces one.
/// </summary>
public static class NyseSpecialClosures
{
    public static IReadOnlyList<MarketHoliday> All { get; } =
    [
        new(new DateOnly(2001, 9, 11), "September 11 attacks"),
        new(new DateOnly(2001, 9, 12), "September 11 attacks"),
        new(new DateOnly(2001, 9, 13), "September 11 attacks"),
        new(new DateOnly(2001, 9, 14), "September 11 attacks"),
        new(new DateOnly(2004, 6, 11), "National day of mourning for President Reagan"),
        new(new DateOnly(2007, 1, 2), "National day of mourning for President Ford"),
        new(new DateOnly(2012, 10, 29), "Hurricane Sandy"),
        new(new DateOnly(2012, 10, 30), "Hurricane Sandy"),
        new(new DateOnly(2018, 12, 5), "National day of mourning for President George H. W. Bush"),
        new(new DateOnly(2025, 1, 9), "National day of mourning for President Carter"),
    ];
}
