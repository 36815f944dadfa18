using PortfolioOrchestrator.Domain.Inputs;
using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Domain.Steps.Step1;
using PortfolioOrchestrator.Inputs;

namespace PortfolioOrchestrator.Refresh.Watching;

/// <summary>
/// Reads the PORTFOLIO.md a refresh is waited for and says whether it answers it (CONTRACT Resolution
/// 24): it must read as any PORTFOLIO.md does, list the accounts the queued trades name (when it lists
/// accounts, as at the start), not be dated in the future, and be later than the portfolio the run
/// started from. The future is judged against the later of the run's clock and the real one: with
/// <c>--now</c> the run's clock is fixed while the program that writes the file lives in real time.
/// </summary>
public sealed class PortfolioFileCheck(string path, RefreshRequest request, TimeProvider realClock)
{
    public string Path { get; } = path;

    public FileReading Read()
    {
        if (!File.Exists(Path))
        {
            return FileReading.Missing;
        }

        var file = InputFile.ReadText(Path);
        if (!file.IsValid)
        {
            return Unreadable(file.Problems, null);
        }

        var parsed = PortfolioMarkdownReader.Read(file.Value, Path);
        if (!parsed.IsValid)
        {
            return Unreadable(parsed.Problems, file.Value);
        }

        var portfolio = parsed.Value;
        var problems = new List<InputProblem>();
        if (portfolio.Accounts.Count > 0)
        {
            var listed = string.Join(", ", portfolio.Accounts.Select(a => a.Account.Value));
            problems.AddRange(request.TradeAccounts.Where(a => !portfolio.HasAccount(a)).Select(a =>
                new InputProblem(Path, null, "Accounts", $"one of the accounts it lists ({listed})", a.Value)
                {
                    Issue = $"does not list account {a.Value}, which a queued trade names",
                }));
        }

        var latest = request.Now > realClock.GetUtcNow() ? request.Now : realClock.GetUtcNow();
        if (portfolio.LastUpdated - latest > FreshnessRule.AllowedClockSkew)
        {
            var updated = $"{portfolio.LastUpdated:yyyy-MM-ddTHH:mm:sszzz}";
            problems.Add(new InputProblem(Path, null, "Last Updated", "a time no later than now plus 5 minutes of clock skew", updated)
            {
                Issue = $"is {updated}, in the future (now is {latest:yyyy-MM-ddTHH:mm:sszzz})",
            });
        }

        if (problems.Count > 0)
        {
            return Unreadable(problems, file.Value);
        }

        var kind = portfolio.LastUpdated > request.Current.LastUpdated ? FileReadingKind.Fresh : FileReadingKind.NotNewer;
        return new FileReading(kind, portfolio, file.Value, []);
    }

    private static FileReading Unreadable(IReadOnlyList<InputProblem> problems, string? text) =>
        new(FileReadingKind.Unreadable, null, text, problems);
}
