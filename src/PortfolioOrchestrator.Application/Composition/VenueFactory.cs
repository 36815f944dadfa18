using PortfolioOrchestrator.Alpaca;
using PortfolioOrchestrator.Alpaca.Configuration;
using PortfolioOrchestrator.Alpaca.Http;
using PortfolioOrchestrator.Alpaca.Market;
using PortfolioOrchestrator.Alpaca.Refresh;
using PortfolioOrchestrator.Alpaca.Streaming;
using PortfolioOrchestrator.Inputs;
using PortfolioOrchestrator.Paper;
using PortfolioOrchestrator.Paper.Scripting;

namespace PortfolioOrchestrator.Application.Composition;

/// <summary>Builds the venue a run trades at from <c>--broker</c>.</summary>
public static class VenueFactory
{
    /// <summary>Reads and checks the paper script (exit 2 on any problem). The text is kept for resume.</summary>
    public static (PaperScript Script, string? Text) LoadScript(PoEnvironment environment, BrokerSpec spec, string? storedText)
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
                throw PoException.BadInput([.. file.Problems.Select(p => p with { File = spec.ScriptPath })]);
            }

            text = file.Value;
        }

        var parsed = PaperScriptReader.Read(text, spec.ScriptPath);
        if (!parsed.IsValid)
        {
            throw PoException.BadInput(parsed.Problems);
        }

        return (parsed.Value, text);
    }

    /// <summary>
    /// Opens the paper venue of <paramref name="stateDirectory"/> (in memory when null); the first time, with the
    /// portfolio's cash and positions per account (CONTRACT §6), afterwards as it stands.
    /// </summary>
    public static async Task<Venue> OpenPaperAsync(string? stateDirectory, PaperScript script, EngineClock clock, PaperOpening opening, CancellationToken cancellationToken)
    {
        var venue = stateDirectory is null ? PaperVenue.OpenInMemory(script, clock.Clock) : PaperStateFile.Open(stateDirectory, script, clock.Clock);
        await venue.EnsureOpenedAsync(opening, cancellationToken);
        return new Venue(venue, new PaperRefresher(venue, clock.Waiter), venue);
    }

    /// <summary>
    /// Reads the Alpaca keys and endpoint from the environment (CONTRACT §2). Missing keys, a bad URL, or the
    /// live endpoint without <paramref name="live"/> end the command with exit 2 before anything is sent;
    /// the message names the variables, never their values.
    /// </summary>
    public static AlpacaOptions AlpacaOptionsFrom(PoEnvironment environment, bool live)
    {
        var result = AlpacaOptions.FromEnvironment(environment.Variables, live);
        if (result.IsSuccess)
        {
            return result.Options;
        }

        var liveGuard = !live && AlpacaOptions.FromEnvironment(environment.Variables, live: true).IsSuccess;
        throw PoException.BadInput(liveGuard ? result.Error + " Pass --live to trade real money with it." : result.Error);
    }

    /// <summary>
    /// One authenticated connection to Alpaca shared by the broker, the refresher and the market clock.
    /// The connection's retry delays and rate-limit arithmetic run on the real clock
    /// (<see cref="PoEnvironment.Clock"/>); the refresher stamps and times out on the engine's clock, so a
    /// refreshed snapshot is as of the run's <c>--now</c>. The broker keeps Alpaca's <c>trade_updates</c> stream
    /// (fills without polling; docs/alpaca.md). The returned venue owns the broker's stream and the HTTP client.
    /// </summary>
    public static (Venue Venue, AlpacaMarketClock Market) OpenAlpaca(PoEnvironment environment, bool live, EngineClock clock) =>
        OpenAlpaca(environment, AlpacaOptionsFrom(environment, live), clock);

    /// <summary>As <see cref="OpenAlpaca(PoEnvironment, bool, EngineClock)"/>, with options already read (an account of <c>--accounts</c>).</summary>
    public static (Venue Venue, AlpacaMarketClock Market) OpenAlpaca(PoEnvironment environment, AlpacaOptions options, EngineClock clock)
    {
        var http = new HttpClient();
        var connection = new AlpacaConnection(options, http, environment.Clock);
        var broker = new AlpacaBroker(connection, new AlpacaStreamSettings());
        var venue = new Venue(broker, new AlpacaRefresher(connection, clock.Clock), new Owned(broker, http));
        return (venue, new AlpacaMarketClock(connection));
    }

    /// <summary>The broker (its stream) closed before the HTTP client it shares.</summary>
    private sealed class Owned(AlpacaBroker broker, HttpClient http) : IDisposable
    {
        public void Dispose()
        {
            broker.Dispose();
            http.Dispose();
        }
    }
}
