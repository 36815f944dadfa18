namespace PortfolioOrchestrator.Journal;

/// <summary>
/// The outcome of <see cref="StateDirectoryLock.TryAcquire"/>: the held lock, or a message saying
/// why the state directory cannot be used now.
/// </summary>
public sealed record StateLockResult
{
    private StateLockResult(StateDirectoryLock? heldLock, string? failure, bool heldByAnother = false)
    {
        Lock = heldLock;
        Failure = failure;
        HeldByAnother = heldByAnother;
    }

    /// <summary>The lock, when acquired; dispose it to release the directory.</summary>
    public StateDirectoryLock? Lock { get; }

    /// <summary>Why the lock was not acquired, in words for the person running po.</summary>
    public string? Failure { get; }

    public bool Acquired => Lock is not null;

    /// <summary>True when another process holds the lock (rather than the directory being unusable).</summary>
    public bool HeldByAnother { get; }

    public static StateLockResult Held(StateDirectoryLock heldLock) => new(heldLock, failure: null);

    public static StateLockResult Refused(string failure) => new(heldLock: null, failure);

    public static StateLockResult HeldElsewhere(string failure) => new(heldLock: null, failure, heldByAnother: true);
}
