namespace PortfolioOrchestrator.Inputs.Text;

/// <summary>
/// A problem before it has a place: what was expected, what was there, and — when the value alone
/// does not say it — what is wrong. The text readers (numbers, times, names) return one; the reader
/// that knows the file, line and field turns it into an <see cref="Domain.Inputs.InputProblem"/>.
/// </summary>
public sealed record Mismatch(string Expected, string? Got, string? Issue = null);
