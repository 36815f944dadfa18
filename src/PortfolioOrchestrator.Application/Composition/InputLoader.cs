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
    public static LoadedInputs Load(PoEnvironment environment, string portfolioPath, string qaPath, string? policyPath, DateTimeOffset now)
    {
        var problems = new List<InputProblem>();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);

        var portfolio = Read(environment, portfolioPath, "portfolio", texts, problems, (text, name) => PortfolioMarkdownReader.Read(text, name));
        var report = Read(environment, qaPath, "qa", texts, problems, (text, name) => QaReportReader.Read(text, name));
        var policy = policyPath is null
            ? ExecutionPolicy.Default
            : Read(environment, policyPath, "policy", texts, problems, (text, name) => PolicyReader.Read(text, name));

        if (portfolio is not null && report is not null)
        {
            problems.AddRange(InputCrossCheck.Check(portfolio, report, qaPath));
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
        where T : class
    {
        var file = InputFile.ReadText(environment.ResolvePath(path));
        if (!file.IsValid)
        {
            problems.AddRange(file.Problems.Select(p => p with { File = path }));
            return null;
        }

        if (texts is not null)
        {
            texts[key] = file.Value;
        }

        var parsed = parse(file.Value, path);
        if (!parsed.IsValid)
        {
            problems.AddRange(parsed.Problems);
            return null;
        }

        return parsed.Value;
    }

    public static string Describe(IReadOnlyList<InputProblem> problems) => PoException.BadInput(problems).Message;
}
