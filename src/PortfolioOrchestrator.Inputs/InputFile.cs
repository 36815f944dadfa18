using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using PortfolioOrchestrator.Domain.Inputs;
using PortfolioOrchestrator.Inputs.Text;

namespace PortfolioOrchestrator.Inputs;

/// <summary>Reads an input file as UTF-8 text, refusing what cannot be an input: missing, a directory, unreadable, too large, not UTF-8.</summary>
public static class InputFile
{
    /// <summary>The default size limit: 32 MiB.</summary>
    public const long DefaultMaxBytes = 32L * 1024 * 1024;

    /// <summary>The file's text without a UTF-8 byte order mark, or the reason it cannot be read. Never throws.</summary>
    /// <param name="path">The file, as the user named it (problems name it the same way).</param>
    /// <param name="maxBytes">Largest size accepted, in bytes.</param>
    public static InputResult<string> ReadText(string path, long maxBytes = DefaultMaxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        var problems = new ProblemList(path);
        if (string.IsNullOrWhiteSpace(path))
        {
            problems.AddIssue(null, null, "no file was named", "a path to a file");
            return problems.Failure<string>();
        }

        var bytes = ReadBytes(path, maxBytes, problems);
        return bytes is null ? problems.Failure<string>() : Decode(bytes, problems);
    }

    private static byte[]? ReadBytes(string path, long maxBytes, ProblemList problems)
    {
        try
        {
            if (Directory.Exists(path))
            {
                problems.AddIssue(null, null, "is a directory", "a file");
                return null;
            }

            if (!File.Exists(path))
            {
                problems.AddIssue(null, null, "does not exist", "a readable file");
                return null;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            // Read one byte past the limit rather than trust the length: the file may grow, or be a device.
            var buffer = new ArrayBufferWriter<byte>();
            int read;
            do
            {
                read = stream.Read(buffer.GetSpan(81920));
                buffer.Advance(read);
                if (buffer.WrittenCount > maxBytes)
                {
                    problems.AddIssue(null, null, $"is larger than the limit of {Size(maxBytes)}", "a smaller file");
                    return null;
                }
            }
            while (read > 0);

            return buffer.WrittenSpan.ToArray();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            problems.AddIssue(null, null, $"could not be read ({Shown.Escape(exception.Message)})", "a readable file");
            return null;
        }
    }

    private static InputResult<string> Decode(byte[] bytes, ProblemList problems)
    {
        ReadOnlySpan<byte> content = bytes;
        if (content.StartsWith(Encoding.UTF8.Preamble))
        {
            content = content[Encoding.UTF8.Preamble.Length..];
        }

        var chars = new char[content.Length];
        var status = Utf8.ToUtf16(content, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            return InputResult<string>.Success(new string(chars, 0, charsWritten));
        }

        var line = content[..bytesRead].Count((byte)'\n') + 1;
        var hint = content.StartsWith(new byte[] { 0xFF, 0xFE }) || content.StartsWith(new byte[] { 0xFE, 0xFF }) ? " (it looks like UTF-16)" : string.Empty;
        problems.AddIssue(line, null, $"is not valid UTF-8 text at byte {bytesRead + 1}{hint}", "a UTF-8 file");
        return problems.Failure<string>();
    }

    private static string Size(long bytes) => bytes % (1024 * 1024) == 0
        ? $"{bytes / (1024 * 1024)} MiB ({bytes.ToString("#,##0", CultureInfo.InvariantCulture)} bytes)"
        : $"{bytes.ToString("#,##0", CultureInfo.InvariantCulture)} bytes";
}
