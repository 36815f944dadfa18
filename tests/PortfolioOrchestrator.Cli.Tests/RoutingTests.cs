using System.Net;
using System.Text.Json;
using PortfolioOrchestrator.Testing.Http;

namespace PortfolioOrchestrator.Cli.Tests;

/// <summary><c>--routing FILE</c> and <c>po route</c> against a real listener on 127.0.0.1.</summary>
public sealed class RoutingTests : IDisposable
{
    private const string Now = "2026-11-24T13:40:00-05:00";
    private const string Secret = "client-secret";
    private readonly PoHarness _po = new();

    public RoutingTests() => _po.Variables["PO_CLIENT_SECRET"] = Secret;

    public void Dispose() => _po.Dispose();

    [Fact]
    public void A_run_posts_the_routed_message_to_the_recipients_webhook_and_keeps_the_outbox_file()
    {
        using var server = new LocalWebhookServer();
        var result = RunSample(Routing(server.Url, "[\"outbox\", \"webhook\"]"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var received = Assert.Single(server.Requests);
        Assert.Equal(ExpectedSignature.Of(received.Body, Secret), received.Signature);
        using var body = JsonDocument.Parse(received.Body);
        Assert.Equal("Client", body.RootElement.GetProperty("recipient").GetString());
        var runId = body.RootElement.GetProperty("run_id").GetString()!;
        var file = Path.Combine(_po.Directory, "state", "runs", runId, "to-client.md");
        Assert.Equal(File.ReadAllText(file), body.RootElement.GetProperty("message_markdown").GetString());
    }

    [Fact]
    public void A_failed_delivery_is_kept_and_po_route_retry_delivers_it()
    {
        var refusing = LocalWebhookServer.Refusing();
        var run = RunSample(Routing(refusing, "[\"webhook\"]"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("not delivered", run.Error, StringComparison.Ordinal);
        var failedFolder = Path.Combine(_po.Directory, "state", "outbox", "failed");
        var record = Assert.Single(Directory.GetFiles(failedFolder));

        var listed = _po.Run("route", "--state", "state");
        Assert.Equal(4, listed.ExitCode);
        Assert.Contains("to-client.md", listed.Out, StringComparison.Ordinal);

        using var server = new LocalWebhookServer(i => i == 0 ? HttpStatusCode.BadGateway : HttpStatusCode.OK);
        File.WriteAllText(record, File.ReadAllText(record).Replace(refusing.AbsoluteUri, server.Url.AbsoluteUri, StringComparison.Ordinal));
        var retried = _po.Run("route", "--retry", "--state", "state", "--json");

        Assert.True(retried.ExitCode == 0, retried.ToString());
        Assert.Equal("DELIVERED", retried.Json[0].GetProperty("status").GetString());
        Assert.Equal(2, server.Requests.Count);
        Assert.Empty(Directory.GetFiles(failedFolder));
        Assert.Equal(0, _po.Run("route", "--retry", "--state", "state").ExitCode);
    }

    [Fact]
    public void A_routing_file_naming_an_unset_secret_is_bad_input_and_nothing_runs()
    {
        _po.Variables.Remove("PO_CLIENT_SECRET");

        var result = RunSample(Routing(new Uri("http://127.0.0.1:9/hook/"), "[\"webhook\"]"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("PO_CLIENT_SECRET is not set", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_po.Directory, "state", "runs")));
    }

    private string Routing(Uri url, string deliver) => _po.Write("routing.json", $$"""
        {
          "recipients": {
            "Client": { "deliver": {{deliver}}, "webhook": { "url": "{{url.AbsoluteUri}}", "secret_env": "PO_CLIENT_SECRET" } }
          },
          "retry": { "attempts": 2, "first_delay_seconds": 0.01 }
        }
        """);

    private PoResult RunSample(string routing) =>
        _po.Run(
            "run", "--portfolio", _po.Sample("PORTFOLIO.md"), "--qa", _po.Sample("qa-report.json"),
            "--broker", "paper:" + _po.Sample("paper-script.json"), "--now", Now, "--state", "state", "--json", "--routing", routing);
}
