namespace PortfolioOrchestrator.Inputs.Markdown;

/// <summary>A line of prose (paragraph or heading) with its 1-based line number.</summary>
internal sealed record TextLine(int Line, string Text);

/// <summary>A prose line and the headings it sits under, innermost first.</summary>
internal sealed record SectionLine(TextLine Text, IReadOnlyList<string> Headings);

/// <summary>A table body row: its 1-based line and cell texts.</summary>
internal sealed record TableRowText(int Line, IReadOnlyList<string> Cells);

/// <summary>A pipe table: the headings it sits under (innermost first), its header cells and its rows.</summary>
internal sealed record ScannedTable(IReadOnlyList<string> Headings, TableRowText Header, IReadOnlyList<TableRowText> Rows);

/// <summary>What PORTFOLIO.md holds once Markdown is set aside: prose lines and tables, in order.</summary>
internal sealed record ScannedDocument(IReadOnlyList<SectionLine> Lines, IReadOnlyList<ScannedTable> Tables);
