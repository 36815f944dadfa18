using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.QualityAssurance;
using PortfolioOrchestrator.Domain.Runs;
using PortfolioOrchestrator.Reporting.Building;
using PortfolioOrchestrator.Reporting.Model;
using PortfolioOrchestrator.Testing.Builders;
using PortfolioOrchestrator.Testing.Calendar;

namespace PortfolioOrchestrator.Reporting.Tests.Markdown;

/// <summary>A run whose every input-derived text tries to inject Markdown or HTML.</summary>
internal static class HostileText
{
    public const string Ticker = "<SCRIPT>ALERT(1)</SCRIPT>";
    public const string Account = "ACC|EVIL";
    public const string Sector = "# Sector\n- injected item";
    public const string TradeId = "T_1*|[x](http://evil)";
    public const string Reason = "[click](http://evil) `rm -rf /` **bold** <img src=x>";
    public const string Note = "fine\r\n# Approved by nobody\n| a | b |";
    public const string By = "<b>MA</b>";
    public const string Caveat = "caveat with | pipe\nand ## heading";

    public static readonly string[] RawFragments =
    [
        "<SCRIPT>", "</SCRIPT>", "<b>", "<img", "[click](", "[x](", "`rm", "**bold**", "\n# Approved", "\n- injected", "\n## heading", "EVIL|", "ACC|",
    ];

    public static ExecutionReport Report()
    {
        var trade = RunBuilder.QaTrade("T-001") with
        {
            TradeId = Domain.Primitives.TradeId.Create(TradeId),
            Ticker = Domain.Primitives.Ticker.Create(Ticker),
            Account = AccountId.Create(Account),
            Sector = SectorName.Create(Sector),
            Conviction = "*HIGH*",
        };
        var executed = RunBuilder.Executed("T-001") with { Trade = trade, Unprotected = [Reason] };
        var halted = RunBuilder.WithStatus("T-002", TradeStatus.Halted, sequence: 1, reason: Reason) with { Trade = trade with { ReportIndex = 1 } };
        var escalation = RunBuilder.Escalation("ESC-1", EscalationType.SectorCapBreach, EscalationStatus.Deferred, true, TradeId) with
        {
            Trigger = Reason,
            Action = Note,
            Decision = new Decision(DecisionKind.Defer, By, Note, RunBuilder.Start),
        };
        var run = new RunBuilder()
            .Status(RunStatus.CompletedWithEscalations)
            .Header(h => h.WithCaveat(Caveat) with
            {
                Warnings = [Reason],
                PostExecution = h.PostExecution! with { Sectors = [new SectorAfter(SectorName.Create(Sector), Ratio.FromFraction(0.4m), false)] },
            })
            .Trade(executed)
            .Trade(halted)
            .Escalate(escalation)
            .Build();
        return ExecutionReportBuilder.Build(run, new WeekdayCalendar());
    }

    /// <summary>Unescaped pipes in a line: a table row's column separators.</summary>
    public static int Pipes(string line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '|')
            {
                count++;
            }
        }

        return count;
    }

    public static void AssertSafe(string markdown)
    {
        foreach (var fragment in RawFragments)
        {
            AssertNeverUnescaped(markdown, fragment);
        }

        AssertTablesKeepTheirShape(markdown);
    }

    /// <summary>The fragment may appear only with its first character backslash-escaped.</summary>
    private static void AssertNeverUnescaped(string markdown, string fragment)
    {
        for (var at = markdown.IndexOf(fragment, StringComparison.Ordinal); at >= 0; at = markdown.IndexOf(fragment, at + 1, StringComparison.Ordinal))
        {
            var backslashes = 0;
            while (at - backslashes - 1 >= 0 && markdown[at - backslashes - 1] == '\\')
            {
                backslashes++;
            }

            Assert.True(backslashes % 2 == 1 && fragment[0] != '\n', $"Unescaped '{fragment}' at {at}: ...{markdown[Math.Max(0, at - 20)..Math.Min(markdown.Length, at + 30)]}...");
        }
    }

    private static void AssertTablesKeepTheirShape(string markdown)
    {
        var lines = markdown.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("|---", StringComparison.Ordinal))
            {
                continue;
            }

            var columns = Pipes(lines[i - 1]);
            for (var row = i + 1; row < lines.Length && lines[row].StartsWith('|'); row++)
            {
                Assert.Equal(columns, Pipes(lines[row]));
            }
        }
    }
}
