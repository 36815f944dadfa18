namespace PortfolioOrchestrator.Inputs.Markdown;

/// <summary>Which cell index holds which <see cref="Column"/> in one table.</summary>
internal sealed class ColumnMap
{
    private readonly Dictionary<Column, int> _indexes;

    private ColumnMap(Dictionary<Column, int> indexes) => _indexes = indexes;

    /// <summary>Finds <paramref name="wanted"/> in <paramref name="header"/>; exact names are placed before fallbacks so a vaguer title never steals a column.</summary>
    public static ColumnMap Find(IReadOnlyList<string> header, params Column[] wanted)
    {
        var normalized = header.Select(Words.Normalize).ToArray();
        var taken = new Dictionary<Column, int>();
        foreach (var column in wanted)
        {
            var names = ColumnNames.All[column];
            foreach (var exact in names.Exact)
            {
                var index = Array.FindIndex(normalized, title => title == exact);
                if (index >= 0 && !taken.ContainsValue(index))
                {
                    taken[column] = index;
                    break;
                }
            }
        }

        foreach (var column in wanted.Where(c => !taken.ContainsKey(c)))
        {
            var names = ColumnNames.All[column];
            for (var index = 0; index < normalized.Length; index++)
            {
                var words = Words.Set(normalized[index]);
                if (!taken.ContainsValue(index) && names.Fallback.Any(words.Contains) && !names.Excluded.Any(words.Contains))
                {
                    taken[column] = index;
                    break;
                }
            }
        }

        return new ColumnMap(taken);
    }

    public bool Has(Column column) => _indexes.ContainsKey(column);

    /// <summary>The cell of <paramref name="column"/> in <paramref name="row"/>, or null when the column or the cell is absent or blank.</summary>
    public string? Cell(TableRowText row, Column column)
    {
        if (!_indexes.TryGetValue(column, out var index) || index >= row.Cells.Count)
        {
            return null;
        }

        var text = row.Cells[index].Trim();
        return IsBlank(text) ? null : text;
    }

    // An LLM writes a dash or N/A for "nothing here".
    private static bool IsBlank(string text) => text.Length == 0 || text is "-" or "—" or "–" || text.Equals("n/a", StringComparison.OrdinalIgnoreCase);
}
