namespace PortfolioOrchestrator.Domain.Inputs;

/// <summary>What a reader returns: the value, or every problem it found. Never both.</summary>
public sealed class InputResult<T>
{
    private readonly T? _value;

    private InputResult(T? value, IReadOnlyList<InputProblem> problems)
    {
        _value = value;
        Problems = problems;
    }

    public IReadOnlyList<InputProblem> Problems { get; }

    public bool IsValid => Problems.Count == 0;

    public T Value => IsValid ? _value! : throw new InvalidOperationException("The input has problems: " + string.Join("; ", Problems));

    public static InputResult<T> Success(T value) => new(value, []);

    public static InputResult<T> Failure(IReadOnlyList<InputProblem> problems) =>
        problems.Count == 0 ? throw new ArgumentException("A failure needs at least one problem.", nameof(problems)) : new(default, problems);

    public static InputResult<T> Failure(InputProblem problem) => new(default, [problem]);
}
