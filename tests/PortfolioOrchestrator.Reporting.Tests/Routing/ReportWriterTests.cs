using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Reporting.Building;
using PortfolioOrchestrator.Reporting.Json;
using PortfolioOrchestrator.Reporting.Model;
using PortfolioOrchestrator.Reporting.Routing;
using PortfolioOrchestrator.Testing.Builders;
using PortfolioOrchestrator.Testing.Calendar;
using PortfolioOrchestrator.Testing.Files;

namespace PortfolioOrchestrator.Reporting.Tests.Routing;

public sealed class ReportWriterTests : IDisposable
{
    private readonly TempDirectory _temp = new("report");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Writes_the_report_and_one_message_per_recipient()
    {
        ReportWriter.WriteAll(Report(halted: true, escalated: true), _temp.Path);

        Assert.Equal(
            ["execution-report.html", "execution-report.json", "execution-report.md", "monitoring-schedule.ics", "to-client.md", "to-master-architect.md", "to-quality-assurance.md", "to-stock-analyst.md"],
            Files());
    }

    [Fact]
    public void The_written_routing_lists_exactly_the_messages_written()
    {
        ReportWriter.WriteAll(Report(halted: false, escalated: true), _temp.Path);

        var written = ExecutionReportJson.Deserialize(File.ReadAllText(Path.Combine(_temp.Path, ReportWriter.JsonFile)))!;
        var messages = Files().Where(f => f.StartsWith("to-", StringComparison.Ordinal));
        Assert.Equal(messages.Order(StringComparer.Ordinal), written.Routing.Select(r => r.File).Order(StringComparer.Ordinal));
        Assert.Equal(["Quality-Assurance", "Master-Architect", "Client"], written.Routing.Select(r => r.Recipient));
    }

    [Fact]
    public void Routing_is_recomputed_whatever_the_report_arrived_with()
    {
        var report = Report(halted: false, escalated: false) with { Routing = [new RoutingEntry("Somebody", "../elsewhere.md")] };

        var written = ReportWriter.WriteAll(report, _temp.Path);

        Assert.Equal(["to-quality-assurance.md", "to-client.md"], written.Routing.Select(r => r.File));
        Assert.False(File.Exists(Path.Combine(_temp.Path, "..", "elsewhere.md")));
    }

    [Fact]
    public void Writing_leaves_no_temporary_files()
    {
        ReportWriter.WriteAll(Report(halted: true, escalated: true), _temp.Path);
        ReportWriter.WriteAll(Report(halted: true, escalated: true), _temp.Path);

        Assert.DoesNotContain(Files(), f => f.StartsWith(AtomicFile.TempPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void Rewriting_a_resumed_run_removes_messages_no_longer_routed()
    {
        ReportWriter.WriteAll(Report(halted: true, escalated: true), _temp.Path);

        ReportWriter.WriteAll(Report(halted: false, escalated: false), _temp.Path);

        Assert.Equal(["execution-report.html", "execution-report.json", "execution-report.md", "monitoring-schedule.ics", "to-client.md", "to-quality-assurance.md"], Files());
    }

    [Fact]
    public void An_atomic_write_replaces_the_whole_file()
    {
        Directory.CreateDirectory(_temp.Path);
        var path = Path.Combine(_temp.Path, "file.md");
        AtomicFile.WriteAllText(path, new string('x', 10_000));

        AtomicFile.WriteAllText(path, "short\n");

        Assert.Equal("short\n", File.ReadAllText(path));
        Assert.Equal(["file.md"], Files());
    }

    [Fact]
    public void A_failed_atomic_write_leaves_the_old_file_and_no_temporary_file()
    {
        Directory.CreateDirectory(_temp.Path);
        var path = Path.Combine(_temp.Path, "file.md");
        AtomicFile.WriteAllText(path, "old\n");
        Directory.CreateDirectory(Path.Combine(_temp.Path, "blocked"));

        // A directory where the file should go makes the final rename fail.
        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAllText(Path.Combine(_temp.Path, "blocked"), "new\n"));

        Assert.Equal("old\n", File.ReadAllText(path));
        Assert.Equal(["blocked", "file.md"], Directory.GetFileSystemEntries(_temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Files_are_utf8_without_a_byte_order_mark_and_end_in_a_newline()
    {
        ReportWriter.WriteAll(Report(halted: false, escalated: false), _temp.Path);

        foreach (var file in Directory.GetFiles(_temp.Path))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.NotEqual(0xEF, bytes[0]);
            Assert.Equal((byte)'\n', bytes[^1]);
        }
    }

    private static ExecutionReport Report(bool halted, bool escalated)
    {
        var run = new RunBuilder().Trade(RunBuilder.Executed("T-001"));
        if (halted)
        {
            run.Trade(RunBuilder.WithStatus("T-002", TradeStatus.Deferred, sequence: 1));
        }

        if (escalated)
        {
            run.Status(RunStatus.CompletedWithEscalations).Escalate(RunBuilder.Escalation("ESC-1", EscalationType.SectorCapBreach, EscalationStatus.Noted, false));
        }

        return ExecutionReportBuilder.Build(run.Build(), new WeekdayCalendar());
    }

    private List<string> Files() => [.. Directory.GetFiles(_temp.Path).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];
}
