using PortfolioOrchestrator.Domain.Inputs;
using PortfolioOrchestrator.Inputs;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Time;
using PortfolioOrchestrator.Paper;
using PortfolioOrchestrator.Paper.Scripting;

namespace PortfolioOrchestrator.Cli.Composition;

/// <summary>Builds the venue a run trades at from <c>--broker</c>.</summary>
public static class VenueFactory
{
    /// <summary>Reads and checks the paper script (exit 2 on any problem). The text is kept for resume.</summary>
    public static (PaperScript Script, string? Text) LoadScript(CliEnvironment environment, BrokerSpec spec, string? storedText)
    {
        if (spec.ScriptPath is null)
        {
            return (PaperScript.Standard, null);
        }

        string text;
        if (storedText is not null)
        {
            text = storedText;
        }
        else
        {
            var file = InputFile.ReadText(environment.ResolvePath(spec.ScriptPath));
            if (!file.IsValid)
            {
                throw CliException.BadInput(InputLoader.Describe([.. file.Problems.Select(p => p with { File = spec.ScriptPath })]));
            }

            text = file.Value;
        }

        var parsed = PaperScriptReader.Read(text, spec.ScriptPath);
        if (!parsed.IsValid)
        {
            throw CliException.BadInput(InputLoader.Describe(parsed.Problems));
        }

        return (parsed.Value, text);
    }

    public static async Task<Venue> OpenPaperAsync(string? stateDirectory, PaperScript script, EngineClock clock, Money openingCash, CancellationToken cancellationToken)
    {
        var venue = stateDirectory is null ? PaperVenue.OpenInMemory(script, clock.Clock) : PaperStateFile.Open(stateDirectory, script, clock.Clock);
        await venue.EnsureAccountAsync(openingCash, cancellationToken);
        return new Venue(venue, new PaperRefresher(venue, clock.Waiter), venue);
    }

    public static Venue OpenAlpaca(CliEnvironment environment)
    {
        var missing = new[] { "APCA_API_KEY_ID", "APCA_API_SECRET_KEY" }
            .Where(name => string.IsNullOrWhiteSpace(environment.Variables.GetValueOrDefault(name)))
            .ToList();
        throw CliException.BadInput(missing.Count > 0
            ? $"--broker alpaca is not configured: set {string.Join(" and ", missing)} (and APCA_API_BASE_URL for a non-default endpoint)"
            : "--broker alpaca is not available in this build");
    }
}
