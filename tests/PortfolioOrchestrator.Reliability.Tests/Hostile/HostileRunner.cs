using System.Text.RegularExpressions;

namespace PortfolioOrchestrator.Reliability.Tests.Hostile;

/// <summary>
/// Runs a hostile case through <c>po run</c> and checks what must hold whatever the input: exit 0, 2, 3
/// or 4 (never 1), no stack trace, nothing at the paper venue after exit 2, and in the Markdown written
/// no unescaped <c>&lt;</c>, no control character, and any marker text only in its escaped form.
/// </summary>
public static partial class HostileRunner
{
    public const string Now = "2026-11-24T13:40:00-05:00";

    private static int _casesRun;

    public static int CasesRun => _casesRun;

    /// <summary>The problems found; empty when the case holds.</summary>
    public static IReadOnlyList<string> Check(HostileCase hostile, bool childProcess = false)
    {
        Interlocked.Increment(ref _casesRun);
        using var workspace = new Workspace();
        var args = new List<string>
        {
            "run",
            "--portfolio", workspace.Write("portfolio.md", hostile.Portfolio),
            "--qa", workspace.Write("qa.json", hostile.Qa),
            "--now", Now, "--state", workspace.State, "--json",
        };
        if (hostile.Script is not null)
        {
            args.AddRange(["--broker", "paper:" + workspace.Write("script.json", hostile.Script)]);
        }

        if (hostile.Policy is not null)
        {
            args.AddRange(["--policy", workspace.Write("policy.json", hostile.Policy)]);
        }

        return Check(workspace, [.. args], childProcess, hostile.Marker);
    }

    /// <summary>Checks a <c>po</c> invocation whose files are already in <paramref name="workspace"/>.</summary>
    public static IReadOnlyList<string> Check(Workspace workspace, string[] args, bool childProcess, string? marker = null)
    {
        var result = childProcess ? PoProcess.Run(workspace.Directory, null, args) : InProcessPo.Run(workspace.Directory, args);
        var problems = new List<string>();
        if (result.ExitCode is not (0 or 2 or 3 or 4))
        {
            problems.Add($"exit {result.ExitCode}");
        }

        if (result.HasStackTrace || result.Error.Contains("internal error", StringComparison.Ordinal))
        {
            problems.Add("stack trace or internal error");
        }

        if (result.ExitCode == 2 && OrdersAtVenue(workspace, childProcess) is var orders and not "[]")
        {
            problems.Add($"orders at the paper venue after exit 2: {orders}");
        }

        if (result.ExitCode is 0 or 3 or 4)
        {
            problems.AddRange(MarkdownProblems(workspace.State, marker));
        }
        else if (marker is not null)
        {
            problems.Add("the valid hostile case did not run");
        }

        return problems.Count == 0 ? problems : [.. problems, result.ToString()];
    }

    private static string OrdersAtVenue(Workspace workspace, bool childProcess)
    {
        if (!File.Exists(Path.Combine(workspace.State, "paper.db")))
        {
            return "[]";
        }

        string[] args = ["paper", "orders", "--state", workspace.State, "--json"];
        var orders = childProcess ? PoProcess.Run(workspace.Directory, null, args) : InProcessPo.Run(workspace.Directory, args);
        return orders.ExitCode == 0 ? orders.Out.Trim() : $"po paper orders failed: {orders}";
    }

    private static IEnumerable<string> MarkdownProblems(string state, string? marker)
    {
        var runs = Path.Combine(state, "runs");
        var files = Directory.Exists(runs) ? Directory.GetFiles(runs, "*.md", SearchOption.AllDirectories) : [];
        if (files.Length == 0)
        {
            yield return "no Markdown written";
        }

        var escapedMarkerSeen = marker is null;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var name = Path.GetFileName(file);
            if (UnescapedAngle().IsMatch(text))
            {
                yield return $"{name}: an unescaped '<'";
            }

            if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            {
                yield return $"{name}: a control character";
            }

            if (marker is not null)
            {
                if (text.Contains(marker, StringComparison.Ordinal))
                {
                    yield return $"{name}: the marker text unescaped";
                }

                escapedMarkerSeen |= text.Contains(Escaped(marker), StringComparison.Ordinal);
            }
        }

        if (!escapedMarkerSeen)
        {
            yield return "the marker text does not appear escaped in any Markdown file";
        }
    }

    private static string Escaped(string text) => string.Concat(text.Select(c => "\\`*_[]<>|#".Contains(c, StringComparison.Ordinal) ? "\\" + c : c.ToString()));

    [GeneratedRegex(@"(?<!\\)<")]
    private static partial Regex UnescapedAngle();
}
