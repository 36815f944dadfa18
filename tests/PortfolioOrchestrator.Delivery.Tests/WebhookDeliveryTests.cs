using System.Net;
using System.Text;
using System.Text.Json;
using PortfolioOrchestrator.Delivery;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Reporting.Building;
using PortfolioOrchestrator.Reporting.Model;
using PortfolioOrchestrator.Reporting.Routing;
using PortfolioOrchestrator.Testing.Builders;
using PortfolioOrchestrator.Testing.Calendar;
using PortfolioOrchestrator.Testing.Files;
using PortfolioOrchestrator.Testing.Http;

namespace PortfolioOrchestrator.Delivery.Tests;

public sealed class WebhookDeliveryTests : IDisposable
{
    private const string SecretVariable = "PO_TEST_WEBHOOK_SECRET";
    private const string Secret = "s3cret-ünïcode";
    private static readonly RetrySettings Fast = new(3, TimeSpan.FromMilliseconds(5));
    private readonly TempDirectory _temp = new("delivery");
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public void Dispose()
    {
        _http.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task A_webhook_gets_the_message_as_json_signed_with_the_recipients_secret()
    {
        using var server = new LocalWebhookServer();
        var report = Report();

        var results = await Delivery(Routes(server.Url, Recipients.MasterArchitect)).DeliverAsync(report, default);

        var received = Assert.Single(server.Requests);
        Assert.Equal("POST", received.Method);
        Assert.StartsWith("application/json", received.ContentType, StringComparison.Ordinal);
        Assert.Equal(ExpectedSignature.Of(received.Body, Secret), received.Signature);
        using var json = JsonDocument.Parse(received.Body);
        Assert.Equal("run-1", json.RootElement.GetProperty("run_id").GetString());
        Assert.Equal("Master-Architect", json.RootElement.GetProperty("recipient").GetString());
        Assert.Equal("to-master-architect.md", json.RootElement.GetProperty("file").GetString());
        Assert.Contains("ESC-1", json.RootElement.GetProperty("message_markdown").GetString(), StringComparison.Ordinal);
        Assert.Equal("AWAITING_DECISION", json.RootElement.GetProperty("report").GetProperty("status").GetString());
        Assert.Contains(results, r => r is { Recipient: "Master-Architect", Channel: "webhook", Delivered: true, Attempts: 1 });
        Assert.Contains(results, r => r is { Recipient: "Client", Channel: "outbox", Delivered: true });
        Assert.DoesNotContain(results, r => r is { Recipient: "Master-Architect", Channel: "outbox" });
    }

    [Fact]
    public async Task Server_errors_are_retried_until_the_webhook_accepts()
    {
        using var server = new LocalWebhookServer(i => i < 2 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.Accepted);

        var results = await Delivery(Routes(server.Url, Recipients.Client)).DeliverAsync(Report(), default);

        Assert.Equal(3, server.Requests.Count);
        Assert.Single(server.Requests.Select(r => r.DeliveryId).Distinct());
        Assert.Contains(results, r => r is { Recipient: "Client", Channel: "webhook", Delivered: true, Attempts: 3 });
        Assert.Empty(new FailedDeliveryStore(_temp.Path).All());
    }

    [Fact]
    public async Task A_client_error_is_not_retried_and_is_kept_as_failed()
    {
        using var server = new LocalWebhookServer(_ => HttpStatusCode.BadRequest);

        var results = await Delivery(Routes(server.Url, Recipients.Client)).DeliverAsync(Report(), default);

        Assert.Single(server.Requests);
        var failed = Assert.Single(results, r => !r.Delivered);
        Assert.Contains("400", failed.Error, StringComparison.Ordinal);
        Assert.StartsWith(Path.Combine(_temp.Path, "outbox", "failed"), failed.FailedRecord, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_delivery_that_keeps_failing_is_recorded_and_a_later_retry_delivers_it()
    {
        var refusing = LocalWebhookServer.Refusing();
        var report = Report();

        var first = await Delivery(Routes(refusing, Recipients.QualityAssurance)).DeliverAsync(report, default);

        var failed = Assert.Single(first, r => !r.Delivered);
        Assert.Equal(3, failed.Attempts);
        var stored = Assert.Single(new FailedDeliveryStore(_temp.Path).All()).Failure!;
        Assert.Equal(("run-1", "Quality-Assurance", "to-quality-assurance.md", SecretVariable), (stored.RunId, stored.Recipient, stored.File, stored.SecretVariable));
        Assert.DoesNotContain(Secret, File.ReadAllText(failed.FailedRecord!), StringComparison.Ordinal);

        using var server = new LocalWebhookServer();
        var moved = stored with { Url = server.Url.AbsoluteUri };
        new FailedDeliveryStore(_temp.Path).Save(moved);
        var retried = await Delivery(RoutingConfig.OutboxOnly).RetryFailedAsync(default);

        Assert.Contains(retried, r => r is { Delivered: true, Recipient: "Quality-Assurance" });
        var received = Assert.Single(server.Requests);
        Assert.Equal(stored.Body, Encoding.UTF8.GetString(received.Body));
        Assert.Equal(ExpectedSignature.Of(received.Body, Secret), received.Signature);
        Assert.Empty(new FailedDeliveryStore(_temp.Path).All());
    }

    [Fact]
    public async Task A_retry_that_fails_again_keeps_the_record_and_counts_the_attempts()
    {
        await Delivery(Routes(LocalWebhookServer.Refusing(), Recipients.Client)).DeliverAsync(Report(), default);

        var retried = await Delivery(RoutingConfig.OutboxOnly).RetryFailedAsync(default);

        Assert.False(Assert.Single(retried).Delivered);
        Assert.Equal(6, Assert.Single(new FailedDeliveryStore(_temp.Path).All()).Failure!.Attempts);
    }

    [Fact]
    public async Task Without_the_secret_at_retry_time_nothing_is_sent_and_the_record_stays()
    {
        await Delivery(Routes(LocalWebhookServer.Refusing(), Recipients.Client)).DeliverAsync(Report(), default);
        var withoutSecret = new MessageDelivery(RoutingConfig.OutboxOnly, new WebhookSender(_http, Fast, TimeProvider.System), new FailedDeliveryStore(_temp.Path), new Dictionary<string, string?>(), TimeProvider.System);

        var retried = await withoutSecret.RetryFailedAsync(default);

        Assert.Contains(SecretVariable, Assert.Single(retried).Error, StringComparison.Ordinal);
        Assert.Single(new FailedDeliveryStore(_temp.Path).All());
    }

    private MessageDelivery Delivery(RoutingConfig routing) =>
        new(routing, new WebhookSender(_http, Fast, TimeProvider.System), new FailedDeliveryStore(_temp.Path), new Dictionary<string, string?> { [SecretVariable] = Secret }, TimeProvider.System);

    private static RoutingConfig Routes(Uri url, string recipient) =>
        new([new RecipientRoute(recipient, Outbox: false, new WebhookTarget(url, SecretVariable))], Fast);

    private static ExecutionReport Report()
    {
        var run = new RunBuilder()
            .Status(RunStatus.AwaitingDecision)
            .Trade(RunBuilder.Executed("T-001"))
            .Escalate(RunBuilder.Escalation("ESC-1", EscalationType.BufferBreached, EscalationStatus.Open, true, "T-001"))
            .Build();
        return ExecutionReportBuilder.Build(run, new WeekdayCalendar());
    }
}
