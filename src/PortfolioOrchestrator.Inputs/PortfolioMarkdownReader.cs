using PortfolioOrchestrator.Domain.Inputs;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Inputs.Markdown;
using PortfolioOrchestrator.Inputs.Portfolio;
using PortfolioOrchestrator.Inputs.Text;

namespace PortfolioOrchestrator.Inputs;

/// <summary>
/// Reads PORTFOLIO.md (CONTRACT §3) into a <see cref="PortfolioSnapshot"/>: tolerant of how an LLM
/// writes Markdown, strict about the numbers. Returns every problem found; never throws.
/// </summary>
public static class PortfolioMarkdownReader
{
    public static InputResult<PortfolioSnapshot> Read(string markdown, string fileName)
    {
        var problems = new ProblemList(fileName);
        if (NestingGuard.FirstTooDeepLine(markdown ?? string.Empty) is { } deepLine)
        {
            problems.AddIssue(deepLine, null, $"is nested too deeply (more than {NestingGuard.MaxPrefix} characters of list, quote or indentation markers before the text)", "a plain PORTFOLIO.md");
            return problems.Failure<PortfolioSnapshot>();
        }

        ScannedDocument document;
        try
        {
            document = MarkdownScan.Scan(markdown ?? string.Empty);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Markdig is outside code: whatever it trips on is still the file's fault, reported as such.
            problems.AddIssue(null, null, $"could not be read as Markdown ({Shown.Escape(exception.Message)})", "a PORTFOLIO.md like the one in the documentation");
            return problems.Failure<PortfolioSnapshot>();
        }

        return Read(document, problems);
    }

    private static InputResult<PortfolioSnapshot> Read(ScannedDocument document, ProblemList problems)
    {
        var warnings = new List<string>();
        var labels = LabelScanner.Find(document, problems);
        var tables = document.Tables.ToLookup(TableClassifier.Classify);

        var lastUpdated = LastUpdated(labels.GetValueOrDefault(PortfolioLabel.LastUpdated), problems);
        var accounts = AccountRows.Read(tables[TableKind.Accounts].ToList(), problems);
        var positionProblems = problems.Count;
        var positions = PositionRows.Read(tables[TableKind.Positions].ToList(), accounts.Accounts, problems, warnings);
        var positionsAreSound = problems.Count == positionProblems;
        var stated = SectorRows.Read(tables[TableKind.Sectors].ToList(), problems);

        var cash = PortfolioTotals.Cash(labels.GetValueOrDefault(PortfolioLabel.TotalCash), accounts.CashSum, problems);
        var computed = cash is { } c && positionsAreSound ? positions.Aggregate(c, (sum, p) => sum + p.MarketValue) : (Money?)null;
        var total = PortfolioTotals.Value(labels.GetValueOrDefault(PortfolioLabel.TotalValue), computed, problems);
        if (total is { IsPositive: false })
        {
            problems.Add(labels.GetValueOrDefault(PortfolioLabel.TotalValue)?.Line, "Total Value", "a total value greater than zero (a buffer needs a denominator)", $"{total}");
        }

        if (!problems.IsEmpty || lastUpdated is null || cash is null || total is null)
        {
            return problems.Failure<PortfolioSnapshot>();
        }

        WarnAboutUnknownAccounts(positions, accounts.Accounts, warnings);
        var snapshot = new PortfolioSnapshot
        {
            LastUpdated = lastUpdated.Value,
            TotalValue = total.Value,
            TotalCash = cash.Value,
            Accounts = accounts.Accounts,
            Positions = positions,
            StatedSectors = stated,
        };
        return InputResult<PortfolioSnapshot>.Success(snapshot with { Warnings = [.. warnings, .. SectorTableCheck.Warnings(snapshot)] });
    }

    private static DateTimeOffset? LastUpdated(LabelValue? line, ProblemList problems)
    {
        if (line is null)
        {
            problems.AddIssue(null, "Last Updated", "Last Updated is required", "a line like **Last Updated:** 2026-11-24T09:40:00-05:00 (or December 9, 2025, 12:40 PM MST)");
            return null;
        }

        var value = LabelText.Read(line.Text, text => (TimestampText.Parse(text, out var p), p), out var problem);
        if (value is null)
        {
            problems.Add(line.Line, "Last Updated", problem ?? new Mismatch(TimestampText.Expectation, Shown.Quote(line.Text)));
        }

        return value;
    }

    private static void WarnAboutUnknownAccounts(IReadOnlyList<Position> positions, IReadOnlyList<AccountBalance> accounts, List<string> warnings)
    {
        if (accounts.Count == 0)
        {
            return;
        }

        foreach (var account in positions.Select(p => p.Account).Distinct().Where(a => !accounts.Any(b => b.Account == a)))
        {
            warnings.Add($"Positions name account {account}, which the Accounts table does not list");
        }
    }
}
