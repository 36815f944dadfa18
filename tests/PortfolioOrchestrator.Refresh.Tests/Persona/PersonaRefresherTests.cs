using System.Diagnostics;
using System.Text.Json;
using PortfolioOrchestrator.Delivery;
using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Refresh.Persona;
using PortfolioOrchestrator.Refresh.Tests.Support;
using PortfolioOrchestrator.Testing.Refresh;
using PortfolioOrchestrator.Testing.Http;

namespace PortfolioOrchestrator.Refresh.Tests.Persona;

/// <summary>
/// <c>--refresh persona</c> (CONTRACT Resolution 24): the request is routed as <c>to-portfolio-persona.md</c>
/// (outbox, and a webhook where the routing file says so), then the PORTFOLIO.md path is watched while
/// another process writes it.
/// </summary>
public sealed class PersonaRefresherTests : IDisposable
{
    private const string SecretVariable = "PO_PERSONA_SECRET";
    private const string Secret = "persona-secret";
    private readonly RefreshFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Task<RefreshOutcome> Refresh(TimeSpan timeout, RoutingConfig? routing = null) =>
        new PersonaRefresher(_folder.Setup(routing)).RefreshAsync(_folder.Request(timeout), CancellationToken.None);

    private static RoutingConfig Webhook(Uri url, bool outbox = false) =>
        new([new RecipientRoute("Portfolio-Persona", outbox, new WebhookTarget(url, SecretVariable))], new RetrySettings(2, TimeSpan.FromMilliseconds(10)));

    /// <summary>Another OS process that, after <paramref name="delay"/>, renames a later PORTFOLIO.md over the path.</summary>
    private Process WriterProcess(decimal cash, string delay = "1")
    {
        var staged = _folder.Stage("persona.md", RefreshFolder.PortfolioText(RefreshFolder.Started.AddMinutes(250), cash));
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"sleep {delay}; cp '{staged}' '{_folder.PortfolioPath}.tmp' && mv '{_folder.PortfolioPath}.tmp' '{_folder.PortfolioPath}'");
        return Process.Start(start)!;
    }

    [ShellFact]
    public async Task Persona_mode_writes_the_request_to_the_outbox_and_takes_the_file_another_process_writes_during_the_wait()
    {
        using var writer = WriterProcess(28_000m);

        var outcome = await Refresh(TimeSpan.FromSeconds(30));

        Assert.Equal(RefreshOutcomeKind.Completed, outcome.Kind);
        Assert.Equal(RefreshSource.Persona, outcome.Source);
        Assert.Equal(28_000m, outcome.Portfolio!.TotalCash.Dollars);
        var message = File.ReadAllText(Path.Combine(_folder.Outbox, "to-portfolio-persona.md"));
        Assert.Contains("QUICK_REFRESH", message, StringComparison.Ordinal);
        Assert.Contains("TAXABLE-1", message, StringComparison.Ordinal);
        Assert.Contains("PORTFOLIO.md is 4 hours old", message, StringComparison.Ordinal);
        Assert.Contains(_folder.PortfolioPath, message, StringComparison.Ordinal);
        Assert.Contains("2026-11-24T09:40:00-05:00", message, StringComparison.Ordinal);
        Assert.Null(outcome.Caveat);
    }

    [ShellFact]
    public async Task The_webhook_receives_the_request_signed_with_the_same_fields_as_the_message_in_json()
    {
        _folder.Variables[SecretVariable] = Secret;
        using var server = new LocalWebhookServer();
        using var writer = WriterProcess(29_000m);

        var outcome = await Refresh(TimeSpan.FromSeconds(30), Webhook(server.Url));

        Assert.Equal(RefreshOutcomeKind.Completed, outcome.Kind);
        var received = Assert.Single(server.Requests);
        Assert.Equal(ExpectedSignature.Of(received.Body, Secret), received.Signature);
        var body = JsonDocument.Parse(received.Body).RootElement;
        Assert.Equal("RUN-TEST", body.GetProperty("run_id").GetString());
        Assert.Equal("Portfolio-Persona", body.GetProperty("recipient").GetString());
        Assert.Equal("to-portfolio-persona.md", body.GetProperty("file").GetString());
        Assert.Equal("QUICK_REFRESH", body.GetProperty("signal").GetString());
        Assert.Equal("QUICK", body.GetProperty("scope").GetString());
        Assert.Equal(["TAXABLE-1"], body.GetProperty("accounts").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("PORTFOLIO.md is 4 hours old", body.GetProperty("why").GetString());
        Assert.Equal(_folder.PortfolioPath, body.GetProperty("portfolio_path").GetString());
        Assert.Equal("2026-11-24T09:40:00-05:00", body.GetProperty("last_updated_after").GetString());
        Assert.Equal(File.ReadAllText(Path.Combine(_folder.Outbox, "to-portfolio-persona.md")), body.GetProperty("message_markdown").GetString());
    }

    [Fact]
    public async Task Persona_mode_is_TIMED_OUT_when_no_later_file_arrives_within_the_timeout()
    {
        var clock = Stopwatch.StartNew();

        var outcome = await Refresh(TimeSpan.FromSeconds(1));

        Assert.Equal(RefreshOutcomeKind.Pending, outcome.Kind);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1), $"gave up after {clock.Elapsed}");
        Assert.Contains("has not answered", outcome.Detail, StringComparison.Ordinal);
        Assert.Null(outcome.ExpectedTotal);
    }

    [Fact]
    public async Task A_file_already_later_when_the_wait_starts_answers_at_once()
    {
        File.WriteAllText(_folder.PortfolioPath, RefreshFolder.PortfolioText(RefreshFolder.Started.AddMinutes(200), 27_000m));

        var outcome = await Refresh(TimeSpan.FromSeconds(30));

        Assert.Equal(RefreshOutcomeKind.Completed, outcome.Kind);
        Assert.Equal(27_000m, outcome.Portfolio!.TotalCash.Dollars);
    }

    [ShellFact]
    public async Task A_file_persona_writes_that_does_not_read_is_FAILED()
    {
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"sleep 0.5; printf '# PORTFOLIO\\nnothing here\\n' > '{_folder.PortfolioPath}'");
        using var writer = Process.Start(start)!;

        var outcome = await Refresh(TimeSpan.FromSeconds(30));

        Assert.Equal(RefreshOutcomeKind.Failed, outcome.Kind);
        Assert.Contains("Portfolio-Persona wrote does not read", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_webhook_is_a_caveat_and_the_wait_still_runs()
    {
        _folder.Variables[SecretVariable] = Secret;

        var outcome = await Refresh(TimeSpan.FromSeconds(1), Webhook(LocalWebhookServer.Refusing()));

        Assert.Equal(RefreshOutcomeKind.Pending, outcome.Kind);
        Assert.Contains("was not delivered", outcome.Caveat, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder.Outbox, "to-portfolio-persona.md")));
    }
}
