using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace PortfolioOrchestrator.Inputs.Markdown;

/// <summary>Parses Markdown with pipe tables and keeps what the portfolio reader needs, with line numbers from the syntax tree.</summary>
internal static class MarkdownScan
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static ScannedDocument Scan(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        var headings = new List<(int Level, string Text)>();
        var lines = new List<SectionLine>();
        var tables = new List<ScannedTable>();
        foreach (var block in document.Descendants<Block>())
        {
            switch (block)
            {
                case HeadingBlock heading:
                    // A paragraph followed by '---' becomes a heading: its lines may still hold labels.
                    AddLines(lines, InlineText.Lines(heading.Inline, heading.Line + 1), headings);
                    headings.RemoveAll(h => h.Level >= heading.Level);
                    headings.Add((heading.Level, InlineText.Of(heading.Inline)));
                    break;
                case Table table:
                    AddTable(tables, table, headings);
                    break;
                case ParagraphBlock paragraph when !IsInTable(paragraph):
                    AddLines(lines, InlineText.Lines(paragraph.Inline, paragraph.Line + 1), headings);
                    break;
                default:
                    break;
            }
        }

        return new ScannedDocument(lines, tables);
    }

    private static void AddLines(List<SectionLine> lines, IReadOnlyList<TextLine> text, List<(int Level, string Text)> headings)
    {
        var context = Innermost(headings);
        lines.AddRange(text.Select(line => new SectionLine(line, context)));
    }

    private static void AddTable(List<ScannedTable> tables, Table table, List<(int Level, string Text)> headings)
    {
        var rows = table.OfType<TableRow>().Select(row => new TableRowText(
            row.Line + 1,
            row.OfType<TableCell>().Select(CellText).ToArray())).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        tables.Add(new ScannedTable(Innermost(headings), rows[0], rows.Skip(1).ToArray()));
    }

    private static string CellText(TableCell cell) =>
        string.Join(' ', cell.OfType<ParagraphBlock>().Select(p => InlineText.Of(p.Inline))).Trim();

    private static bool IsInTable(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is Table)
            {
                return true;
            }
        }

        return false;
    }

    private static string[] Innermost(List<(int Level, string Text)> headings) =>
        headings.Select(h => h.Text).Reverse().ToArray();
}
