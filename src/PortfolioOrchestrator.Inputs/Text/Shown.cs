using System.Globalization;
using System.Text;

namespace PortfolioOrchestrator.Inputs.Text;

/// <summary>
/// Quotes input text for a message. Control and invisible characters are escaped and long text is
/// cut, so a hostile file cannot write terminal escapes or megabytes into a console or a report.
/// </summary>
public static class Shown
{
    private const int MaxShown = 60;

    public static string Quote(string? text)
    {
        if (text is null)
        {
            return "nothing";
        }

        var builder = new StringBuilder("'");
        var shown = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (shown == MaxShown)
            {
                builder.Append('…');
                break;
            }

            builder.Append(IsSafe(rune) ? rune.ToString() : "\\u" + rune.Value.ToString("X4", CultureInfo.InvariantCulture));
            shown++;
        }

        return builder.Append('\'').ToString();
    }

    /// <summary>The text with control and invisible characters escaped, not quoted or cut (for messages from libraries).</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(IsSafe(rune) ? rune.ToString() : "\\u" + rune.Value.ToString("X4", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    public static bool IsSafe(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => false,
        _ => true,
    };
}
