using PortfolioOrchestrator.Inputs.Markdown;
using PortfolioOrchestrator.Inputs.Text;

namespace PortfolioOrchestrator.Inputs.Portfolio;

/// <summary>
/// Finds <c>Label: value</c> lines (bold or not, in lists or not) and two-column label tables.
/// Lines inside the Accounts section are skipped: they describe one account, not the portfolio.
/// </summary>
internal static class LabelScanner
{
    public static Dictionary<PortfolioLabel, LabelValue> Find(ScannedDocument document, ProblemList problems)
    {
        var found = new Dictionary<PortfolioLabel, LabelValue>();
        foreach (var line in document.Lines.Where(l => SectionOf(l.Headings) != TableKind.Accounts))
        {
            var colon = line.Text.Text.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                Offer(found, line.Text.Line, line.Text.Text[..colon], line.Text.Text[(colon + 1)..], problems);
            }
        }

        foreach (var table in document.Tables.Where(t => TableClassifier.Classify(t) == TableKind.Other))
        {
            foreach (var row in table.Rows.Prepend(table.Header).Where(r => r.Cells.Count >= 2))
            {
                Offer(found, row.Line, row.Cells[0].TrimEnd(':', ' '), row.Cells[1], problems);
            }
        }

        return found;
    }

    private static TableKind SectionOf(IReadOnlyList<string> headings) =>
        headings.Select(TableClassifier.ByHeading).FirstOrDefault(kind => kind != TableKind.Other);

    private static void Offer(Dictionary<PortfolioLabel, LabelValue> found, int line, string labelText, string valueText, ProblemList problems)
    {
        if (PortfolioLabelNames.Match(labelText) is not { } label)
        {
            return;
        }

        var value = new LabelValue(line, valueText.Trim().Trim('*', '_', '`', ' '));
        if (!found.TryGetValue(label, out var earlier))
        {
            found[label] = value;
        }
        else if (!string.Equals(earlier.Text, value.Text, StringComparison.Ordinal))
        {
            problems.AddIssue(line, PortfolioLabelNames.Display(label),
                $"{PortfolioLabelNames.Display(label)} is given twice with different values: line {earlier.Line} says {Shown.Quote(earlier.Text)}, line {line} says {Shown.Quote(value.Text)}", "one", Shown.Quote(value.Text));
        }
    }
}
