using System.Globalization;
using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Inputs;

namespace PortfolioOrchestrator.Refresh.Tests.Support;

/// <summary>
/// A private folder holding the run's PORTFOLIO.md (Last Updated <see cref="Started"/>), the refresh request
/// STEP 2C would make for it, and the setup a refresher runs with (the real clock: the waits are real time).
/// </summary>
public sealed class RefreshFolder : IDisposable
{
    public static readonly DateTimeOffset Started = new(2026, 11, 24, 9, 40, 0, TimeSpan.FromHours(-5));

    public RefreshFolder()
    {
        Directory.CreateDirectory(Root);
        File.WriteAllText(PortfolioPath, PortfolioText(Started, 45_000m));
        Current = PortfolioMarkdownReader.Read(File.ReadAllText(PortfolioPath), PortfolioPath).Value;
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "po-refresh-" + Guid.NewGuid().ToString("N"));

    public string PortfolioPath => Path.Combine(Root, "PORTFOLIO.md");

    public string Outbox => Path.Combine(Root, "runs", "RUN-TEST");

    public PortfolioSnapshot Current { get; }

    public Dictionary<string, string?> Variables { get; } = new(StringComparer.Ordinal);

    public string PathOf(string name) => Path.Combine(Root, name);

    /// <summary>A PORTFOLIO.md whose totals agree, with <paramref name="cash"/> dollars split 2:1 over TAXABLE-1 and ROTH-1.</summary>
    public static string PortfolioText(DateTimeOffset lastUpdated, decimal cash)
    {
        var taxable = Math.Round(cash * 2m / 3m, 2);
        var positions = 19_000m + 62_000m + 56_000m + 67_800m;
        return string.Create(CultureInfo.InvariantCulture, $"""
            # PORTFOLIO
            **Last Updated:** {lastUpdated:yyyy-MM-ddTHH:mm:sszzz}
            **Total Value:** ${cash + positions:0.00}
            **Total Cash:** ${cash:0.00}

            ## Accounts
            | Account | Type | Cash |
            |---|---|---|
            | TAXABLE-1 | Taxable | ${taxable:0.00} |
            | ROTH-1 | Roth IRA | ${cash - taxable:0.00} |

            ## Positions
            | Ticker | Account | Sector | Quantity | Price | Market Value |
            |---|---|---|---|---|---|
            | AAPL | TAXABLE-1 | Technology | 100 | 190.00 | $19,000.00 |
            | JNJ | TAXABLE-1 | Healthcare | 400 | 155.00 | $62,000.00 |
            | XOM | ROTH-1 | Energy | 500 | 112.00 | $56,000.00 |
            | JPM | ROTH-1 | Financials | 300 | 226.00 | $67,800.00 |

            """);
    }

    /// <summary>Writes a file the refresher can copy over the path (<c>mv</c> makes the replacement whole).</summary>
    public string Stage(string name, string content)
    {
        var path = PathOf(name);
        File.WriteAllText(path, content);
        return path;
    }

    public RefreshRequest Request(TimeSpan timeout, RefreshScope scope = RefreshScope.Quick) => new()
    {
        RunId = RunId.Create("RUN-TEST"),
        Scope = scope,
        Current = Current,
        Timeout = timeout,
        Now = Started.AddHours(4),
        Accounts = scope == RefreshScope.Quick ? [AccountId.Create("TAXABLE-1")] : [AccountId.Create("TAXABLE-1"), AccountId.Create("ROTH-1")],
        TradeAccounts = [AccountId.Create("TAXABLE-1")],
        Reason = "PORTFOLIO.md is 4 hours old",
    };

    public RefreshSetup Setup(Delivery.RoutingConfig? routing = null) => new()
    {
        PortfolioPath = PortfolioPath,
        WorkingDirectory = Root,
        Variables = Variables,
        Clock = TimeProvider.System,
        OutboxOf = _ => Outbox,
        Routing = routing ?? Delivery.RoutingConfig.OutboxOnly,
    };

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
