namespace PortfolioOrchestrator.Mcp.Tests;

/// <summary><c>po mcp</c>'s own options: bad ones end it with exit 2 before it serves, as every verb's do.</summary>
public sealed class McpCommandTests
{
    [Theory]
    [InlineData("--broker", "ibkr", "--broker")]
    [InlineData("--refresh", "sometimes", "--refresh")]
    [InlineData("--live", null, "--live")]
    public void A_bad_option_is_exit_2_naming_it_before_anything_is_served(string option, string? value, string named)
    {
        using var folder = new Testing.Files.TempDirectory("mcp-options");
        string[] args = value is null ? ["mcp", "--state", folder.File("state"), option] : ["mcp", "--state", folder.File("state"), option, value];

        var result = PoProcess.Run(folder.Path, null, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }
}
