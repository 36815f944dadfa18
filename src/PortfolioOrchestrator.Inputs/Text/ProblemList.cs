using PortfolioOrchestrator.Domain.Inputs;

namespace PortfolioOrchestrator.Inputs.Text;

/// <summary>Collects every problem found in one file; a reader returns a value only when it stays empty.</summary>
public sealed class ProblemList
{
    private readonly List<InputProblem> _problems = [];

    public ProblemList(string? file)
    {
        // Every problem must name a file, even when the caller passed none.
        File = string.IsNullOrWhiteSpace(file) ? "(unnamed input)" : file;
    }

    public string File { get; }

    public int Count => _problems.Count;

    public bool IsEmpty => _problems.Count == 0;

    /// <summary>A value that is not what was expected.</summary>
    public void Add(int? line, string? field, string expected, string? got) =>
        _problems.Add(new InputProblem(File, line, field, expected, got));

    public void Add(int? line, string? field, Mismatch mismatch)
    {
        ArgumentNullException.ThrowIfNull(mismatch);
        _problems.Add(new InputProblem(File, line, field, mismatch.Expected, mismatch.Got) { Issue = mismatch.Issue });
    }

    /// <summary>Something wrong that a value alone does not say (<paramref name="issue"/>: "is required", "is listed twice").</summary>
    public void AddIssue(int? line, string? field, string issue, string expected, string? got = null) =>
        _problems.Add(new InputProblem(File, line, field, expected, got) { Issue = issue });

    public void AddRange(IEnumerable<InputProblem> problems) => _problems.AddRange(problems);

    public IReadOnlyList<InputProblem> ToList() => _problems.ToArray();

    public InputResult<T> Failure<T>() => InputResult<T>.Failure(ToList());

    public InputResult<T> ResultOf<T>(Func<T> build) => IsEmpty ? InputResult<T>.Success(build()) : Failure<T>();
}
