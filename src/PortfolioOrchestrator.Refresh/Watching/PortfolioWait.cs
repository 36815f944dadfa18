using System.Globalization;

namespace PortfolioOrchestrator.Refresh.Watching;

/// <summary>
/// Watches the PORTFOLIO.md path in real time until it holds the refresh's answer, the program writing
/// it fails, or the timeout passes (CONTRACT Resolution 24). The path is looked at every
/// <see cref="PollInterval"/>; a file is judged once it has stood unchanged for <see cref="SettleTime"/>
/// (so a file still being written is not read half-way) or when the program exits. A file that does not
/// read is a failure only when no program of ours may still be writing it. A program of ours that exits
/// successfully, with nothing it started still running, ends the wait with what the path then holds.
/// </summary>
public sealed class PortfolioWait(PortfolioFileCheck check, TimeProvider clock)
{
    // Taken when the wait is made, before the program that writes the file is started, so nothing it writes is missed.
    private readonly string? _baseline = FingerprintOf(check.Path);

    /// <summary>How often the path is looked at. <value>The default is 100 ms.</value></summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How long a changed file must stand still before it is read. <value>The default is 500 ms.</value></summary>
    public TimeSpan SettleTime { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Whether the file as it stands at the start is judged too (a file written by Portfolio-Persona before a
    /// crash answers a resumed run); a command's answer is only what it writes.
    /// </summary>
    public bool JudgesInitialFile { get; init; }

    public async Task<WaitResult> RunAsync(TimeSpan timeout, Func<PartyState> party, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(party);
        var start = clock.GetTimestamp();
        var baseline = _baseline;
        var seen = baseline;
        var seenAt = TimeSpan.Zero - SettleTime;
        var judged = JudgesInitialFile ? null : baseline;
        FileReading? notNewer = null;
        while (true)
        {
            var elapsed = clock.GetElapsedTime(start);
            var state = party();
            var current = Fingerprint();
            if (state == PartyState.ExitedWithError)
            {
                return new WaitResult(WaitEnd.PartyFailed, current == baseline ? FileReading.Missing : check.Read(), elapsed, notNewer);
            }

            if (current != seen)
            {
                (seen, seenAt) = (current, elapsed);
            }

            var exitedNow = state == PartyState.ExitedSuccessfully;
            if (exitedNow || (elapsed - seenAt >= SettleTime && current != judged))
            {
                judged = current;
                var reading = check.Read();
                if (reading.Kind == FileReadingKind.Fresh
                    || (reading.Kind == FileReadingKind.Unreadable && state != PartyState.Running && (current != baseline || exitedNow)))
                {
                    return End(reading, elapsed, notNewer);
                }

                notNewer = reading.Kind == FileReadingKind.NotNewer ? reading : notNewer;
                if (exitedNow)
                {
                    return new WaitResult(WaitEnd.Unanswered, reading, elapsed, notNewer);
                }
            }

            if (elapsed >= timeout)
            {
                var last = check.Read();
                return last.Kind == FileReadingKind.Fresh || (last.Kind == FileReadingKind.Unreadable && Fingerprint() != baseline)
                    ? End(last, elapsed, notNewer)
                    : new WaitResult(WaitEnd.TimedOut, last, elapsed, last.Kind == FileReadingKind.NotNewer ? last : notNewer);
            }

            var remaining = timeout - elapsed;
            await Task.Delay(remaining < PollInterval ? remaining : PollInterval, clock, cancellationToken).ConfigureAwait(false);
        }
    }

    private static WaitResult End(FileReading reading, TimeSpan elapsed, FileReading? notNewer) =>
        new(reading.Kind == FileReadingKind.Fresh ? WaitEnd.Fresh : WaitEnd.Unreadable, reading, elapsed, notNewer);

    /// <summary>Size and last write time: a file renamed over, rewritten or grown shows a new one.</summary>
    private string? Fingerprint() => FingerprintOf(check.Path);

    private static string? FingerprintOf(string path)
    {
        var info = new FileInfo(path);
        return info.Exists
            ? string.Create(CultureInfo.InvariantCulture, $"{info.Length}:{info.LastWriteTimeUtc.Ticks}")
            : null;
    }
}
