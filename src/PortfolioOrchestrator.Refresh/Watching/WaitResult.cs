namespace PortfolioOrchestrator.Refresh.Watching;

/// <summary>What the program being waited for is doing, as the wait sees it each time it looks.</summary>
public enum PartyState
{
    /// <summary>Still running: a file it is writing is not judged unreadable yet.</summary>
    Running,

    ExitedSuccessfully,

    ExitedWithError,

    /// <summary>No program of ours: another one (Portfolio-Persona) writes the file.</summary>
    Elsewhere,
}

public enum WaitEnd
{
    /// <summary>The path holds a PORTFOLIO.md that reads and is later than the run's.</summary>
    Fresh,

    /// <summary>A new file that does not read.</summary>
    Unreadable,

    /// <summary>The program exited with an error.</summary>
    PartyFailed,

    /// <summary>The program exited successfully, and nothing it started runs, without leaving a newer file: nothing is left to wait for.</summary>
    Unanswered,

    TimedOut,
}

/// <summary>
/// How a wait for PORTFOLIO.md ended, after <see cref="Elapsed"/> (real time): with the file's last reading,
/// and the last file found that read but was not later than the run's, if any.
/// </summary>
public sealed record WaitResult(WaitEnd End, FileReading Reading, TimeSpan Elapsed, FileReading? NotNewer);
