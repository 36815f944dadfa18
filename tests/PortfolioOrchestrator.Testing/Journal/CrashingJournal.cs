using PortfolioOrchestrator.Domain.Journal;

namespace PortfolioOrchestrator.Testing.Journal;

/// <summary>
/// Wraps a journal and dies (throws <see cref="SimulatedCrashException"/>) at its <c>crashAt</c>th commit,
/// counting from 1, or at the first commit matching a condition, just after or just before writing it.
/// Once crashed (or told to <see cref="Die"/>) it writes nothing more: every later commit throws, as a dead
/// process commits nothing. Reads pass through.
/// </summary>
public sealed class CrashingJournal(IJournal inner, int crashAt, CrashMoment moment = CrashMoment.AfterCommit) : ForwardingJournal(inner)
{
    private Func<JournalBatch, bool>? _condition;

    /// <summary>Dies at the first commit for which <paramref name="condition"/> holds.</summary>
    public static CrashingJournal When(IJournal inner, Func<JournalBatch, bool> condition, CrashMoment moment = CrashMoment.AfterCommit) =>
        new(inner, int.MaxValue, moment) { _condition = condition };

    /// <summary>Commits attempted through this journal.</summary>
    public int Commits { get; private set; }

    public bool Crashed { get; private set; }

    /// <summary>The process died elsewhere (e.g. at the venue): nothing more is written.</summary>
    public void Die() => Crashed = true;

    public override async Task CommitAsync(JournalBatch batch, CancellationToken cancellationToken)
    {
        if (Crashed)
        {
            throw new SimulatedCrashException("the process has crashed; nothing more is written");
        }

        Commits++;
        var due = !Crashed && (Commits == crashAt || (_condition?.Invoke(batch) ?? false));
        if (due && moment == CrashMoment.BeforeCommit)
        {
            Crash();
        }

        await base.CommitAsync(batch, cancellationToken);
        if (due)
        {
            Crash();
        }
    }

    private void Crash()
    {
        Crashed = true;
        throw new SimulatedCrashException($"crashed {(moment == CrashMoment.AfterCommit ? "after" : "before")} commit {Commits}");
    }
}
