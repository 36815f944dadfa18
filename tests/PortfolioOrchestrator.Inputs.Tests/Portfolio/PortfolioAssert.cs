using PortfolioOrchestrator.Domain.Inputs;
using PortfolioOrchestrator.Domain.Portfolio;

namespace PortfolioOrchestrator.Inputs.Tests.Portfolio;

internal static class PortfolioAssert
{
    public static PortfolioSnapshot Reads(string markdown)
    {
        var result = PortfolioMarkdownReader.Read(markdown, Samples.PortfolioFile);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        return result.Value;
    }

    /// <summary>Asserts the file is refused with a problem whose message holds <paramref name="messagePart"/>.</summary>
    public static InputProblem Refuses(string markdown, string messagePart)
    {
        var result = PortfolioMarkdownReader.Read(markdown, Samples.PortfolioFile);
        Assert.False(result.IsValid, "expected problems, the file was accepted");
        Assert.All(result.Problems, p => Assert.Equal(Samples.PortfolioFile, p.File));
        var problem = result.Problems.FirstOrDefault(p => p.Message.Contains(messagePart, StringComparison.OrdinalIgnoreCase));
        Assert.True(problem is not null, $"no problem mentions '{messagePart}':\n" + string.Join("\n", result.Problems));
        return problem;
    }
}
