using System.Text.Json;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Journal;
using PortfolioOrchestrator.Testing.Alpaca;

namespace PortfolioOrchestrator.Cli.Tests;

/// <summary>
/// The bundled sample against the fake Alpaca: an account that matches PORTFOLIO.md (cash $45,000,
/// the same positions) and the sample's prices, so the outputs can be compared with the paper scenarios.
/// </summary>
internal static class AlpacaSample
{
    public const string Now = "2026-11-24T13:40:00-05:00";

    public static FakeAlpacaServer StartFake(string keyId = "PKFAKEKEYID0000000000", string secretKey = "fakeSecretKey0000000000000000000000000000")
    {
        var alpaca = FakeAlpacaServer.Start(keyId, secretKey);
        alpaca.Cash = 45_000m;
        foreach (var (symbol, price, qty) in new[] { ("AAPL", 190m, 100m), ("JNJ", 155m, 400m), ("XOM", 112m, 500m), ("JPM", 226m, 300m) })
        {
            alpaca.SetSymbol(symbol, new FakeSymbolBehaviour(price));
            alpaca.SetPosition(symbol, qty);
        }

        alpaca.SetSymbol("MSFT", new FakeSymbolBehaviour(410m));
        alpaca.SetSymbol("AMD", new FakeSymbolBehaviour(142.10m));
        return alpaca;
    }

    /// <summary>The variables Alpaca's SDKs read, pointing at the fake (its market data API is on the same port).</summary>
    public static void Point(PoHarness po, FakeAlpacaServer alpaca)
    {
        po.Variables["APCA_API_KEY_ID"] = alpaca.KeyId;
        po.Variables["APCA_API_SECRET_KEY"] = alpaca.SecretKey;
        po.Variables["APCA_API_BASE_URL"] = alpaca.BaseUrl.ToString();
        po.Variables["APCA_API_DATA_URL"] = alpaca.BaseUrl.ToString();
    }

    public static string[] RunArguments(PoHarness po) =>
    [
        "run", "--portfolio", OneAccountPortfolio(po), "--qa", OneAccountQa(po),
        "--broker", "alpaca", "--now", Now, "--state", "state", "--json",
    ];

    /// <summary>
    /// The sample QA report with every trade in TAXABLE-1: one API key is one Alpaca account, so the sample's
    /// ROTH-1 sell cannot share a single <c>--broker alpaca</c> with the others (CONTRACT §7).
    /// </summary>
    public static string OneAccountQa(PoHarness po) =>
        po.WriteSample("qa-report.json", "qa-one-account.json", text => text.Replace("\"ROTH-1\"", "\"TAXABLE-1\"", StringComparison.Ordinal));

    /// <summary>
    /// The sample PORTFOLIO.md with XOM held in TAXABLE-1, where the one-account QA report sells it: a dry run
    /// rehearses on the paper venue, which sells only shares the account holds (CONTRACT §6).
    /// </summary>
    public static string OneAccountPortfolio(PoHarness po) =>
        po.WriteSample("PORTFOLIO.md", "portfolio-one-account.md", text => text.Replace("| XOM | ROTH-1 |", "| XOM | TAXABLE-1 |", StringComparison.Ordinal));

    public static JsonElement Trade(JsonElement report, string id) =>
        report.GetProperty("trades").EnumerateArray().Single(t => t.GetProperty("trade_id").GetString() == id);

    public static List<string?> TradeIds(JsonElement report) =>
        [.. report.GetProperty("trades").EnumerateArray().Select(t => t.GetProperty("trade_id").GetString())];

    /// <summary>The kinds of the run's journal events, in order (<c>order.intent</c>, <c>order.unresolved</c>, …).</summary>
    public static List<string> EventKinds(string stateDirectory, string runId)
    {
        using var journal = SqliteJournal.Open(stateDirectory);
        var events = journal.ReadEventsAsync(RunId.Create(runId), CancellationToken.None).GetAwaiter().GetResult();
        return [.. events.Select(e => e.Kind)];
    }

    /// <summary>What the journal holds as the run's <c>--broker</c>.</summary>
    public static string StoredBrokerSpec(string stateDirectory, string runId)
    {
        using var journal = SqliteJournal.Open(stateDirectory);
        var run = journal.LoadRunAsync(RunId.Create(runId), CancellationToken.None).GetAwaiter().GetResult();
        return run!.Inputs.BrokerSpec;
    }
}
