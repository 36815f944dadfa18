namespace PortfolioOrchestrator.Domain.Inputs;

/// <summary>
/// One thing wrong with an input: the file, where in it (a 1-based line and/or a field path such as
/// <c>trades[2].size_dollars</c>), and what was expected.
/// </summary>
public sealed record InputProblem(string File, int? Line, string? Field, string Message)
{
    public override string ToString()
    {
        var where = File;
        if (Line is { } line)
        {
            where += $":{line}";
        }

        if (!string.IsNullOrEmpty(Field))
        {
            where += $" ({Field})";
        }

        return $"{where}: {Message}";
    }
}
