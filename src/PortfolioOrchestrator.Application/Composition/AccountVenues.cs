using PortfolioOrchestrator.Alpaca.Configuration;
using PortfolioOrchestrator.Domain.Accounts;
using PortfolioOrchestrator.Domain.Broker;
using PortfolioOrchestrator.Domain.Inputs;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Inputs;
using PortfolioOrchestrator.Paper;

namespace PortfolioOrchestrator.Application.Composition;

/// <summary>
/// <c>--accounts FILE</c> (CONTRACT §7): reads the map, checks it against the trades and the environment
/// before anything is sent, and opens one venue per Alpaca account (and the state directory's paper venue for
/// the paper accounts). The file's text is journaled with the run (under <see cref="SourceKey"/>), so
/// <c>po resume</c> reopens the same venues from it and this environment; it never holds a secret.
/// </summary>
public static class AccountVenues
{
    /// <summary>The key of the accounts file's text among a run's journaled source texts.</summary>
    public const string SourceKey = "accounts";

    /// <summary>How a journaled map is named in messages, when no path was given.</summary>
    public const string JournaledName = "the run's --accounts file (as journaled)";

    /// <summary>Reads and checks the file, or the journaled <paramref name="storedText"/>; any problem is exit 2.</summary>
    public static (AccountMap Map, string Text) Load(PoEnvironment environment, string fileName, string? storedText)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var text = storedText;
        if (text is null)
        {
            var file = InputFile.ReadText(environment.ResolvePath(fileName));
            if (!file.IsValid)
            {
                throw PoException.BadInput([.. file.Problems.Select(p => p with { File = fileName })]);
            }

            text = file.Value;
        }

        var parsed = AccountsReader.Read(text, fileName);
        return parsed.IsValid ? (parsed.Value, text) : throw PoException.BadInput(parsed.Problems);
    }

    /// <summary>
    /// Every check that needs no connection: each account an approved trade names is mapped, and each Alpaca
    /// account's variables are set and its endpoint allowed (the live one only with <paramref name="live"/>).
    /// </summary>
    public static void Check(PoEnvironment environment, AccountMap map, QaReport report, PortfolioSnapshot portfolio, string fileName, string qaFileName, bool live)
    {
        ArgumentNullException.ThrowIfNull(map);
        var problems = AccountMapCoverage.Problems(map, report, portfolio, fileName, qaFileName);
        if (problems.Count > 0)
        {
            throw PoException.BadInput(problems);
        }

        foreach (var entry in map.Entries.Where(e => e.Kind == VenueKind.Alpaca))
        {
            OptionsFor(environment, entry, fileName, live);
        }
    }

    /// <summary>Whether any account of the map trades at Alpaca (then the run waits in real time).</summary>
    public static bool HasAlpaca(AccountMap? map) => map?.Entries.Any(e => e.Kind == VenueKind.Alpaca) == true;

    /// <summary>An Alpaca account's key, secret and endpoint from the variables the file names.</summary>
    public static AlpacaOptions OptionsFor(PoEnvironment environment, AccountVenue entry, string fileName, bool live)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(entry);
        var missing = new[] { entry.KeyIdVariable!, entry.SecretVariable! }
            .Where(name => string.IsNullOrWhiteSpace(environment.Variables.GetValueOrDefault(name)))
            .ToList();
        if (missing.Count > 0)
        {
            var problems = missing.Select(name => new InputProblem(fileName, null, $"{entry.Account}.{(name == entry.KeyIdVariable ? "key_id_env" : "secret_env")}", $"the environment variable {name} set to the {(name == entry.KeyIdVariable ? "key id" : "secret key")} of Alpaca account {entry.Account}", null)
            {
                Issue = $"names the environment variable {name}, which is not set; nothing was sent",
            }).ToList();
            throw PoException.BadInput(problems);
        }

        var variables = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [AlpacaEndpoints.KeyIdVariable] = environment.Variables.GetValueOrDefault(entry.KeyIdVariable!),
            [AlpacaEndpoints.SecretKeyVariable] = environment.Variables.GetValueOrDefault(entry.SecretVariable!),
            [AlpacaEndpoints.BaseUrlVariable] = entry.BaseUrl?.ToString(),

            // Market data has no per-account setting: every account reads it where the environment says.
            [AlpacaEndpoints.DataUrlVariable] = environment.Variables.GetValueOrDefault(AlpacaEndpoints.DataUrlVariable),
        };
        var result = AlpacaOptions.FromEnvironment(variables, live);
        if (result.IsSuccess)
        {
            return result.Options;
        }

        var where = $"{fileName} ({entry.Account}.base_url)";
        var message = $"Alpaca account {entry.Account}: " + result.Error.Replace(AlpacaEndpoints.BaseUrlVariable, where, StringComparison.Ordinal);
        throw PoException.BadInput(AlpacaEndpoints.IsLive(entry.BaseUrl ?? AlpacaEndpoints.Paper) && !live ? message + " Pass --live to trade real money with it." : message);
    }

    /// <summary>
    /// Opens each account's venue: <paramref name="openPaper"/> once for every paper account, and one Alpaca
    /// connection per Alpaca account (<paramref name="openAlpaca"/>, which also asks the market clock). The
    /// returned venue routes by account (<see cref="Venue.Map"/>), refreshes per account, and owns them all.
    /// </summary>
    public static async Task<Venue> OpenAsync(
        PoEnvironment environment,
        AccountMap map,
        string fileName,
        bool live,
        Func<Task<Venue>> openPaper,
        Func<AlpacaOptions, Task<Venue>> openAlpaca)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(openPaper);
        ArgumentNullException.ThrowIfNull(openAlpaca);
        var opened = new List<Venue>();
        try
        {
            var byAccount = new Dictionary<AccountId, IBroker>();
            var refreshers = new List<(IPortfolioRefresher, IReadOnlySet<AccountId>)>();
            var paperAccounts = map.Entries.Where(e => e.Kind == VenueKind.Paper).Select(e => e.Account).ToHashSet();
            if (paperAccounts.Count > 0)
            {
                var paper = await openPaper().ConfigureAwait(false);
                opened.Add(paper);
                paperAccounts.ToList().ForEach(account => byAccount[account] = paper.Broker);
                refreshers.Add((paper.Refresher, paperAccounts));
            }

            foreach (var entry in map.Entries.Where(e => e.Kind == VenueKind.Alpaca))
            {
                var alpaca = await openAlpaca(OptionsFor(environment, entry, fileName, live)).ConfigureAwait(false);
                opened.Add(alpaca);
                byAccount[entry.Account] = alpaca.Broker;
                refreshers.Add((alpaca.Refresher, new HashSet<AccountId> { entry.Account }));
            }

            var name = VenueNames.Format(map.Entries);
            return new Venue(new PerAccountVenues(name), new PerAccountRefresher(refreshers), new Owned(opened))
            {
                Map = VenueMap.ByAccount(byAccount),
            };
        }
        catch
        {
            opened.ForEach(v => v.Dispose());
            throw;
        }
    }

    /// <summary>
    /// What the paper venue opens with when it serves only some accounts (CONTRACT §6, §7): the cash and positions
    /// of the accounts the map sends to it (all cash, where PORTFOLIO.md does not split it by account).
    /// </summary>
    public static PaperOpening PaperOpeningFor(AccountMap map, PortfolioSnapshot portfolio)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(portfolio);
        return PaperOpening.From(portfolio, []).Only(account => map.Find(account)?.Kind == VenueKind.Paper);
    }

    private sealed class Owned(List<Venue> venues) : IDisposable
    {
        public void Dispose() => venues.ForEach(v => v.Dispose());
    }
}
