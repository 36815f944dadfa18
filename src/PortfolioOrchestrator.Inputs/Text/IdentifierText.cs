using System.Text;
using System.Text.RegularExpressions;

namespace PortfolioOrchestrator.Inputs.Text;

/// <summary>Rules for the names that end up in orders and reports: tickers, trade ids, accounts, sectors.</summary>
internal static partial class IdentifierText
{
    /// <summary>Longest trade id or account name.</summary>
    public const int MaxIdLength = 64;

    /// <summary>Longest sector name.</summary>
    public const int MaxNameLength = 100;

    public const string TickerExpectation = "a US equity symbol of 1 to 10 characters A–Z, 0–9, '.' or '-' (like MSFT or BRK.B)";

    /// <summary>What is said of a crypto pair (<c>BTC/USD</c>, any symbol with a '/'): the product trades US equities only (CONTRACT §9).</summary>
    public const string CryptoExpectation = "a US equity symbol (like MSFT or BRK.B); crypto pairs such as BTC/USD are not traded";

    /// <summary>The expectation a problem with <paramref name="text"/> as a ticker states.</summary>
    public static string TickerExpectationFor(string? text) =>
        text is not null && text.Contains('/', StringComparison.Ordinal) ? CryptoExpectation : TickerExpectation;

    /// <summary>Upper-cases and checks a ticker; null when it is not one.</summary>
    public static string? Ticker(string? text)
    {
        var upper = text?.Trim().ToUpperInvariant();
        return upper is not null && TickerPattern().IsMatch(upper) ? upper : null;
    }

    /// <summary>Why a trade id or account name is unusable, or null when it is fine.</summary>
    public static Mismatch? IdProblem(string? text, string what) => Problem(text, what, MaxIdLength);

    /// <summary>Why a free-text name such as a sector is unusable, or null when it is fine.</summary>
    public static Mismatch? NameProblem(string? text, string what) => Problem(text, what, MaxNameLength);

    private static Mismatch? Problem(string? text, string what, int maxLength)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return new Mismatch(what, "an empty value");
        }

        if (trimmed.Length > maxLength)
        {
            return new Mismatch($"{what} of at most {maxLength} characters", $"{trimmed.Length} characters");
        }

        // Printable only: control, format and odd white-space characters could hide text in orders and reports.
        foreach (var rune in trimmed.EnumerateRunes())
        {
            if (!Shown.IsSafe(rune) || (Rune.IsWhiteSpace(rune) && rune.Value != ' '))
            {
                return new Mismatch($"{what} of printable characters", Shown.Quote(trimmed));
            }
        }

        return null;
    }

    [GeneratedRegex("^[A-Z0-9.\\-]{1,10}$", RegexOptions.CultureInvariant)]
    private static partial Regex TickerPattern();
}
