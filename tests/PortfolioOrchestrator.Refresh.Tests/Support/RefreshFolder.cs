using PortfolioOrchestrator.Domain.Portfolio;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Inputs;
using PortfolioOrchestrator.Testing.Files;

namespace PortfolioOrchestrator.Refresh.Tests.Support;

/// <summary>
/// A private folder holding the run's PORTFOLIO.md (Last Updated <see cref="Started"/>), the refresh request
/// STEP 2C would make for it, and the setup a refresher runs with (the real clock: the waits are real time).
/// </summary>
public sealed class RefreshFolder : IDisposable
{
    public static readonly DateTimeOffset Started = new(2026, 11, 24, 9, 40, 0, TimeSpan.FromHours(-5));

    private readonly TempDirectory _folder = new("refresh");

    public RefreshFolder()
    {
        File.WriteAllText(PortfolioPath, PortfolioText(Started, 45_000m));
        Current = PortfolioMarkdownReader.Read(File.ReadAllText(PortfolioPath), PortfolioPath).Value;
    }

    public string Root => _folder.Path;

    public string PortfolioPath => Path.Combine(Root, "PORTFOLIO.md");

    public string Outbox => Path.Combine(Root, "runs", "RUN-TEST");

    public PortfolioSnapshot Current { get; }

    public Dictionary<string, string?> Variables { get; } = new(StringComparer.Ordinal);

    public string PathOf(string name) => _folder.File(name);

    /// <summary>The example PORTFOLIO.md with another <c>Last Updated</c> and cash (dollars).</summary>
    public static string PortfolioText(DateTimeOffset lastUpdated, decimal cash) => Testing.Builders.PortfolioText.Of(lastUpdated, cash);

    /// <summary>Writes a file the refresher can copy over the path (<c>mv</c> makes the replacement whole).</summary>
    public string Stage(string name, string content) => _folder.Write(name, content);

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

    public void Dispose() => _folder.Dispose();
}
