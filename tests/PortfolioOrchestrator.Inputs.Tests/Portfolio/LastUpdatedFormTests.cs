namespace PortfolioOrchestrator.Inputs.Tests.Portfolio;

public sealed class LastUpdatedFormTests
{
    [Theory]
    [InlineData("EST", -5)]
    [InlineData("EDT", -4)]
    [InlineData("CST", -6)]
    [InlineData("CDT", -5)]
    [InlineData("MST", -7)]
    [InlineData("MDT", -6)]
    [InlineData("PST", -8)]
    [InlineData("PDT", -7)]
    [InlineData("UTC", 0)]
    [InlineData("GMT", 0)]
    [InlineData("ET", -5)]
    [InlineData("CT", -6)]
    [InlineData("MT", -7)]
    [InlineData("PT", -8)]
    public void Agents_form_reads_every_zone_abbreviation_in_December(string zone, int hours)
    {
        var updated = Read($"December 9, 2025, 12:40 PM {zone}");
        Assert.Equal(new DateTimeOffset(2025, 12, 9, 12, 40, 0, TimeSpan.FromHours(hours)), updated);
        Assert.Equal(TimeSpan.FromHours(hours), updated.Offset);
    }

    [Theory]
    [InlineData("ET", -4)]
    [InlineData("CT", -5)]
    [InlineData("MT", -6)]
    [InlineData("PT", -7)]
    [InlineData("EST", -5)]
    [InlineData("PDT", -7)]
    public void Generic_zones_follow_daylight_saving_in_July(string zone, int hours) =>
        Assert.Equal(TimeSpan.FromHours(hours), Read($"July 9, 2025, 12:40 PM {zone}").Offset);

    [Theory]
    [InlineData("December 9, 2025 12:40 PM MST")]
    [InlineData("December 9, 2025, 12:40:00 PM MST")]
    [InlineData("December 9, 2025 12:40:00 pm mst")]
    [InlineData("Dec 9, 2025, 12:40 PM MST")]
    [InlineData("Tuesday, December 9, 2025 at 12:40 PM MST")]
    [InlineData("December 9, 2025, 12:40 PM (MST)")]
    [InlineData("2025-12-09T12:40:00-07:00")]
    [InlineData("2025-12-09T19:40:00Z")]
    [InlineData("2025-12-09T12:40-07:00")]
    [InlineData("2025-12-09 12:40:00 MST")]
    [InlineData("2025-12-09T12:40:00.000-07:00")]
    public void Both_timestamp_forms_read_the_same_moment(string text) =>
        Assert.Equal(new DateTimeOffset(2025, 12, 9, 19, 40, 0, TimeSpan.Zero), Read(text).ToUniversalTime());

    [Fact]
    public void Seconds_are_kept() =>
        Assert.Equal(15, Read("December 9, 2025, 12:40:15 PM MST").Second);

    [Theory]
    [InlineData("December 9, 2025, 12:00 AM EST", 0)]
    [InlineData("December 9, 2025, 12:00 PM EST", 12)]
    [InlineData("December 9, 2025, 11:59 PM EST", 23)]
    public void Midnight_and_noon_are_read_as_people_mean_them(string text, int hour) =>
        Assert.Equal(hour, Read(text).Hour);

    [Theory]
    [InlineData("2026-11-24T09:40:00")]
    [InlineData("December 9, 2025, 12:40 PM")]
    [InlineData("February 30, 2025, 12:40 PM EST")]
    [InlineData("December 9, 2025, 13:40 PM EST")]
    [InlineData("2026-11-24T09:40:00+15:00")]
    [InlineData("2026-13-24T09:40:00-05:00")]
    public void Times_that_do_not_name_a_real_moment_are_bad_input(string text)
    {
        var result = PortfolioMarkdownReader.Read(Samples.PortfolioWith("Last Updated", $"**Last Updated:** {text}"), Samples.PortfolioFile);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("Last Updated", problem.Field);
        Assert.Equal(2, problem.Line);
    }

    private static DateTimeOffset Read(string text) =>
        PortfolioAssert.Reads(Samples.PortfolioWith("Last Updated", $"**Last Updated:** {text}")).LastUpdated;
}
