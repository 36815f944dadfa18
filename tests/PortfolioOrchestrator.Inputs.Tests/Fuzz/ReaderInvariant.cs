using PortfolioOrchestrator.Domain.Inputs;

namespace PortfolioOrchestrator.Inputs.Tests.Fuzz;

/// <summary>What every reader promises on any input: a value, or at least one problem that names the file and says something.</summary>
internal static class ReaderInvariant
{
    public static bool Holds<T>(Func<InputResult<T>> read, string file)
    {
        var result = read();
        if (result.IsValid)
        {
            return result.Value is not null;
        }

        return result.Problems.Count > 0
            && result.Problems.All(p => p.File == file && !string.IsNullOrWhiteSpace(p.Expected) && !string.IsNullOrWhiteSpace(p.Message)
                && !p.Message.Any(c => char.IsControl(c) && c != '\n') && !(p.Field ?? string.Empty).Any(char.IsControl));
    }

    /// <summary>A JSON reader also names the line of every problem.</summary>
    public static bool JsonHolds<T>(Func<InputResult<T>> read, string file) =>
        Holds(read, file) && read().Problems.All(p => p.Line >= 1);

    public static bool PortfolioHolds(string markdown) =>
        Holds(() => PortfolioMarkdownReader.Read(markdown, Samples.PortfolioFile), Samples.PortfolioFile);

    public static bool QaHolds(string json) =>
        JsonHolds(() => QaReportReader.Read(json, Samples.QaFile), Samples.QaFile);

    public static bool PolicyHolds(string json) =>
        JsonHolds(() => PolicyReader.Read(json, "policy.json"), "policy.json");

    public static bool PricesHolds(string json) =>
        JsonHolds(() => PricesReader.Read(json, "prices.json"), "prices.json");

    public static bool AccountsHolds(string json) =>
        JsonHolds(() => AccountsReader.Read(json, "accounts.json"), "accounts.json");
}
