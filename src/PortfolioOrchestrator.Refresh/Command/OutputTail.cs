namespace PortfolioOrchestrator.Refresh.Command;

/// <summary>The last lines a program wrote to a stream, at most <see cref="MaxLines"/> of them; thread-safe.</summary>
public sealed class OutputTail
{
    /// <summary>Lines kept. <value>The default is 5.</value></summary>
    public const int MaxLines = 5;

    /// <summary>Characters kept of one line.</summary>
    public const int MaxLineLength = 200;

    private readonly Lock _gate = new();
    private readonly Queue<string> _lines = new();

    public void Add(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        var trimmed = line.Trim();
        lock (_gate)
        {
            _lines.Enqueue(trimmed.Length > MaxLineLength ? trimmed[..MaxLineLength] + "…" : trimmed);
            while (_lines.Count > MaxLines)
            {
                _lines.Dequeue();
            }
        }
    }

    /// <summary>The kept lines joined with " / ", or empty.</summary>
    public override string ToString()
    {
        lock (_gate)
        {
            return string.Join(" / ", _lines);
        }
    }
}
