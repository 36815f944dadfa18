namespace PortfolioOrchestrator.Refresh.Tests;

/// <summary><c>--refresh venue|command:CMD|persona</c>, default <c>venue</c> (CONTRACT Resolution 24).</summary>
public sealed class RefreshModeTests
{
    [Fact]
    public void The_default_mode_is_venue()
    {
        Assert.True(RefreshMode.TryParse(null, out var mode));
        Assert.Equal(RefreshModeKind.Venue, mode!.Kind);
    }

    [Theory]
    [InlineData("venue", RefreshModeKind.Venue)]
    [InlineData("VENUE", RefreshModeKind.Venue)]
    [InlineData(" persona ", RefreshModeKind.Persona)]
    [InlineData("Persona", RefreshModeKind.Persona)]
    public void The_words_are_read_ignoring_case_and_surrounding_space(string text, RefreshModeKind kind)
    {
        Assert.True(RefreshMode.TryParse(text, out var mode));
        Assert.Equal(kind, mode!.Kind);
    }

    [Fact]
    public void Command_mode_keeps_everything_after_the_colon_as_typed()
    {
        Assert.True(RefreshMode.TryParse("command:./refresh.sh --account 'A B': x", out var mode));
        Assert.Equal(RefreshModeKind.Command, mode!.Kind);
        Assert.Equal("./refresh.sh --account 'A B': x", mode.Command);
    }

    [Theory]
    [InlineData("")]
    [InlineData("broker")]
    [InlineData("command:")]
    [InlineData("command:   ")]
    [InlineData("command")]
    [InlineData("persona:now")]
    public void Anything_else_is_not_a_mode(string text) => Assert.False(RefreshMode.TryParse(text, out _));

    [Theory]
    [InlineData("venue")]
    [InlineData("persona")]
    [InlineData("command:sh ./refresh.sh")]
    public void A_mode_written_back_reads_as_the_same_mode(string text)
    {
        Assert.True(RefreshMode.TryParse(text, out var mode));
        Assert.True(RefreshMode.TryParse(mode!.ToString(), out var again));
        Assert.Equal(mode, again);
    }
}
