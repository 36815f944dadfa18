using PortfolioOrchestrator.Domain.Inputs;
using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Domain.Steps.Step1;
using PortfolioOrchestrator.Inputs;

namespace PortfolioOrchestrator.Application.Composition;

/// <summary>
/// Reads and checks every input before anything else happens; any problem in any file ends the command
/// with exit 2 and every problem listed (CONTRACT §2: nothing is sent when any input is invalid).
/// </summary>
public static class InputLoader
{
    public static LoadedInputs Load(PoEnvironment environment, string portfolioPath, string qaPath, string? policyPath, DateTimeOffset now) =>
        Load(environment, InputDocuments.Files(portfolioPath, qaPath, policyPath), now);

    /// <summary>Reads and checks inputs given as files or as content (the MCP server's <c>portfolio_markdown</c>, <c>qa_report</c>, <c>policy</c>).</summary>
    public static LoadedInputs Load(PoEnvironment environment, InputDocuments documents, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var problems = new List<InputProblem>();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var portfolioPath = documents.Portfolio.Name;

        var portfolio = Read(environment, documents.Portfolio, "portfolio", texts, problems, (text, name) => PortfolioMarkdownReader.Read(text, name));
        var report = Read(environment, documents.Qa, "qa", texts, problems, (text, name) => QaReportReader.Read(text, name));
        var policy = documents.Policy is not { } policyDocument
            ? ExecutionPolicy.Default
            : Read(environment, policyDocument, "policy", texts, problems, (text, name) => PolicyReader.Read(text, name));

        if (portfolio is not null && report is not null)
        {
            problems.AddRange(InputCrossCheck.Check(portfolio, report, documents.Qa.Name));
        }

        if (portfolio is not null && portfolio.LastUpdated - now > FreshnessRule.AllowedClockSkew)
        {
            var updated = $"{portfolio.LastUpdated:yyyy-MM-ddTHH:mm:sszzz}";
            problems.Add(new InputProblem(portfolioPath, null, "Last Updated", "a time no later than now plus 5 minutes of clock skew", updated)
            {
                Issue = $"is {updated}, in the future (now is {now:yyyy-MM-ddTHH:mm:sszzz})",
            });
        }

        if (problems.Count > 0 || portfolio is null || report is null || policy is null)
        {
            throw PoException.BadInput(problems);
        }

        return new LoadedInputs(portfolio, report, policy, texts);
    }

    /// <summary>Reads one file and parses it; problems are collected, null returned.</summary>
    public static T? Read<T>(PoEnvironment environment, string path, string key, IDictionary<string, string>? texts, List<InputProblem> problems, Func<string, string, InputResult<T>> parse)
        where T : class =>
        Read(environment, InputDocument.File(path), key, texts, problems, parse);

    /// <summary>Reads one input, from its file or as given, and parses it; problems name <see cref="InputDocument.Name"/>.</summary>
    public static T? Read<T>(PoEnvironment environment, InputDocument document, string key, IDictionary<string, string>? texts, List<InputProblem> problems, Func<string, string, InputResult<T>> parse)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(document);
        string text;
        if (document.Text is { } given)
        {
            text = given;
        }
        else
        {
            var file = InputFile.ReadText(environment.ResolvePath(document.Path ?? document.Name));
            if (!file.IsValid)
            {
                problems.AddRange(file.Problems.Select(p => p with { File = document.Name }));
                return null;
            }

            text = file.Value;
        }

        if (texts is not null)
        {
            texts[key] = text;
        }

        var parsed = parse(text, document.Name);
        if (!parsed.IsValid)
        {
            problems.AddRange(parsed.Problems);
            return null;
        }

        return parsed.Value;
    }

    public static string Describe(IReadOnlyList<InputProblem> problems) => PoException.BadInput(problems).Message;
}
