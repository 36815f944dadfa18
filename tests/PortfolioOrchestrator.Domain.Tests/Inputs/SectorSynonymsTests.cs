using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace PortfolioOrchestrator.Domain.Tests.Inputs;

public sealed class SectorSynonymsTests
{
    [Theory]
    [InlineData("Information Technology", "Technology")]
    [InlineData("Information Technology", "Tech")]
    [InlineData("Technology", " tech ")]
    [InlineData("Health Care", "Healthcare")]
    [InlineData("Financials", "Financial Services")]
    [InlineData("Financials", "Finance")]
    [InlineData("Consumer Discretionary", "Consumer Cyclical")]
    [InlineData("Consumer Staples", "Consumer Defensive")]
    [InlineData("Communication Services", "Telecommunication Services")]
    [InlineData("Communication Services", "Communications")]
    [InlineData("Materials", "Basic Materials")]
    [InlineData("Real Estate", "real  estate")]
    [InlineData("Utilities", "UTILITIES")]
    [InlineData("Energy", "energy")]
    [InlineData("Industrials", "Industrials ")]
    [InlineData("Oil & Gas", "oil and gas")]
    [InlineData("Health Care", "health-care")]
    public void Resolution13_the_usual_names_of_one_sector_are_one_sector(string one, string other)
    {
        Assert.Equal(SectorName.Create(one), SectorName.Create(other));
        Assert.Equal(SectorName.Create(one).GetHashCode(), SectorName.Create(other).GetHashCode());
    }

    [Theory]
    [InlineData("Technology", "Healthcare")]
    [InlineData("Consumer Discretionary", "Consumer Staples")]
    [InlineData("Financials", "Real Estate")]
    [InlineData("Semiconductors", "Technology")]
    public void Resolution13_different_sectors_stay_different(string one, string other) =>
        Assert.NotEqual(SectorName.Create(one), SectorName.Create(other));

    [Fact]
    public void Resolution13_a_sector_keeps_the_spelling_it_was_written_with()
    {
        var sector = SectorName.Create("  Tech ");

        Assert.Equal("Tech", sector.Value);
        Assert.Equal("INFORMATION TECHNOLOGY", sector.Key);
        Assert.True(SectorSynonyms.IsGicsSector("tech"));
        Assert.False(SectorSynonyms.IsGicsSector("Semiconductors"));
    }

    [Property(MaxTest = 300)]
    public Property Resolution13_case_and_white_space_never_change_which_sector_a_name_is(NonEmptyString name, bool upper, PositiveInt spaces)
    {
        var text = name.Get.Trim();
        var respelled = new string(' ', spaces.Get % 4) + (upper ? text.ToUpperInvariant() : text.ToLowerInvariant()).Replace(" ", "  ", StringComparison.Ordinal) + " ";
        return (text.Length == 0 || SectorSynonyms.KeyOf(text) == SectorSynonyms.KeyOf(respelled)).ToProperty();
    }
}
