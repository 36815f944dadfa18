namespace PortfolioOrchestrator.Domain.Primitives;

/// <summary>One execution of a QA report by the orchestrator.</summary>
public readonly record struct RunId
{
    private RunId(string value) => Value = value;

    public string Value { get; }

    public static RunId Create(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return new RunId(value.Trim());
    }

    public override string ToString() => Value ?? string.Empty;
}
