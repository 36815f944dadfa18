namespace PortfolioOrchestrator.Testing.Journal;

/// <summary>Where, around the chosen commit, the <see cref="CrashingJournal"/> dies.</summary>
public enum CrashMoment
{
    /// <summary>The commit is durable, then the process dies.</summary>
    AfterCommit,

    /// <summary>The process dies before the commit is written (everything since the last commit is lost).</summary>
    BeforeCommit,
}
