using System.Text.Json;

namespace PortfolioOrchestrator.Journal.Records;

/// <summary>
/// One kind of record the journal stores (a run header, a trade, …): the version this build writes
/// and a reader for every version it has ever written. A record of a version without a reader, or
/// one that does not read, is refused with an <see cref="InvalidDataException"/> naming the kind.
/// </summary>
internal sealed class RecordFormat<T>(string kind, int writtenVersion, Func<T, string> write, IReadOnlyDictionary<int, Func<string, T>> readers)
{
    /// <summary>The version <see cref="Write"/> produces.</summary>
    public int WrittenVersion { get; } = writtenVersion;

    /// <summary>Every version this build reads, oldest first.</summary>
    public IReadOnlyList<int> ReadableVersions { get; } = [.. readers.Keys.Order()];

    public string Write(T value) => write(value);

    public T Read(string json)
    {
        int version;
        try
        {
            version = RecordVersion.Of(json);
        }
        catch (JsonException exception)
        {
            throw Unreadable($"it is not a record ({exception.Message})", exception);
        }

        if (!readers.TryGetValue(version, out var read))
        {
            throw new InvalidDataException(
                $"The journal holds a {kind} of record version {version}; this po reads versions {string.Join(", ", ReadableVersions)}. Use the po that wrote it, or a newer one.");
        }

        try
        {
            return read(json);
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or InvalidDataException or FormatException)
        {
            throw Unreadable($"record version {version}: {exception.Message}", exception);
        }
    }

    private InvalidDataException Unreadable(string why, Exception inner) =>
        new($"The journal holds a {kind} it cannot read ({why}).", inner);
}
