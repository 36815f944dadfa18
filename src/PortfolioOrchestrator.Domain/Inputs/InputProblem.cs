namespace PortfolioOrchestrator.Domain.Inputs;

/// <summary>
/// One thing wrong with an input, in the shape of CONTRACT Resolution 20's <c>problems</c>: the file,
/// where in it (a 1-based line and/or a field path such as <c>trades[2].size_dollars</c>), what was
/// expected and what was there instead.
/// </summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Line">1-based line, when known.</param>
/// <param name="Field">A JSON path (<c>trades[0].size_dollars</c>) or a Markdown label or cell; null for the whole file.</param>
/// <param name="Expected">What should be there, for a person: "a positive dollar amount like 5000.00".</param>
/// <param name="Got">What was there ("the string '5000.00'", "-3"); null when there is nothing to show, such as a missing field.</param>
public sealed record InputProblem(string File, int? Line, string? Field, string Expected, string? Got)
{
    /// <summary>
    /// What is wrong when a wrong value does not say it alone: "is required", "is written twice",
    /// "is not valid JSON at line 3, byte 7: …". Null for a plain mismatch of expected and got.
    /// </summary>
    public string? Issue { get; init; }

    /// <summary>The sentence a person reads: "expected …, got …", or "…; expected …" when <see cref="Issue"/> is set.</summary>
    public string Message => Issue is { } issue
        ? $"{issue}; expected {Expected}"
        : Got is null ? $"expected {Expected}" : $"expected {Expected}, got {Got}";

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
