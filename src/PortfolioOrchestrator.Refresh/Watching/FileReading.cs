using PortfolioOrchestrator.Domain.Inputs;
using PortfolioOrchestrator.Domain.Portfolio;

namespace PortfolioOrchestrator.Refresh.Watching;

public enum FileReadingKind
{
    /// <summary>Nothing at the path.</summary>
    Missing,

    /// <summary>A file that does not read as PORTFOLIO.md, or does not fit the run (<see cref="FileReading.Problems"/>).</summary>
    Unreadable,

    /// <summary>A PORTFOLIO.md that reads, but whose <c>Last Updated</c> is not later than the run's.</summary>
    NotNewer,

    /// <summary>A PORTFOLIO.md that reads and is later than the run's: the refresh's answer.</summary>
    Fresh,
}

/// <summary>What the watched path held when it was read: the portfolio and its text when it reads, else the problems.</summary>
public sealed record FileReading(FileReadingKind Kind, PortfolioSnapshot? Portfolio, string? Text, IReadOnlyList<InputProblem> Problems)
{
    public static FileReading Missing { get; } = new(FileReadingKind.Missing, null, null, []);

    /// <summary>The problems as one line for a caveat.</summary>
    public string ProblemText => string.Join("; ", Problems.Select(p => p.ToString()));
}
