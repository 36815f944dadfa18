namespace PortfolioOrchestrator.Application.Composition;

/// <summary>
/// One input as a face was given it: a file by <see cref="Path"/>, or its content (<see cref="Text"/>) as the MCP
/// server receives it. <see cref="Name"/> is what problems name as the "file" (the path as typed, or the tool
/// argument, e.g. <c>portfolio_markdown</c>). Given both, the text is read and the path kept (a run's
/// PORTFOLIO.md path for a refresh by another program, Resolution 24).
/// </summary>
public sealed record InputDocument(string Name, string? Path, string? Text)
{
    /// <summary>A file named as the user typed it.</summary>
    public static InputDocument File(string path) => new(path, path, null);

    /// <summary>Content given directly, named in problems by <paramref name="name"/>.</summary>
    public static InputDocument Content(string name, string text) => new(name, null, text);
}

/// <summary>The inputs of <c>validate</c> and <c>run</c>: PORTFOLIO.md, the QA report and the optional policy.</summary>
public sealed record InputDocuments(InputDocument Portfolio, InputDocument Qa, InputDocument? Policy)
{
    public static InputDocuments Files(string portfolioPath, string qaPath, string? policyPath) =>
        new(InputDocument.File(portfolioPath), InputDocument.File(qaPath), policyPath is null ? null : InputDocument.File(policyPath));
}
