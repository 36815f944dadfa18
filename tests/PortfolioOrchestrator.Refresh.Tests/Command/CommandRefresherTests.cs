using System.Diagnostics;
using System.Globalization;
using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Refresh.Command;
using PortfolioOrchestrator.Refresh.Tests.Support;
using PortfolioOrchestrator.Testing.Refresh;

namespace PortfolioOrchestrator.Refresh.Tests.Command;

/// <summary>
/// <c>--refresh command:CMD</c> (CONTRACT Resolution 24) against real child processes run through
/// <c>/bin/sh -c</c>: a script that writes a portfolio, one that hangs, one that fails.
/// </summary>
public sealed class CommandRefresherTests : IDisposable
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);
    private readonly RefreshFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Task<RefreshOutcome> Refresh(string command, TimeSpan timeout, RefreshScope scope = RefreshScope.Quick) =>
        new CommandRefresher(command, _folder.Setup()).RefreshAsync(_folder.Request(timeout, scope), CancellationToken.None);

    private string Later(decimal cash, int minutes = 240) =>
        _folder.Stage("fresh.md", RefreshFolder.PortfolioText(RefreshFolder.Started.AddMinutes(minutes), cash));

    [ShellFact]
    public async Task The_refresh_is_COMPLETED_when_the_command_writes_a_PORTFOLIO_md_that_reads_and_is_later()
    {
        var fresh = Later(30_000m);

        var outcome = await Refresh($"cp '{fresh}' \"$PO_PORTFOLIO_PATH\"", Generous);

        Assert.Equal(RefreshOutcomeKind.Completed, outcome.Kind);
        Assert.Equal(RefreshSource.Command, outcome.Source);
        Assert.Equal(30_000m, outcome.Portfolio!.TotalCash.Dollars);
        Assert.Equal(RefreshFolder.Started.AddMinutes(240), outcome.Portfolio.LastUpdated);
        Assert.Equal(File.ReadAllText(fresh), outcome.Text);
    }

    [ShellFact]
    public async Task The_command_gets_PO_REFRESH_SCOPE_PO_REFRESH_ACCOUNTS_and_PO_PORTFOLIO_PATH()
    {
        var seen = _folder.PathOf("seen.txt");

        await Refresh($"printf '%s|%s|%s' \"$PO_REFRESH_SCOPE\" \"$PO_REFRESH_ACCOUNTS\" \"$PO_PORTFOLIO_PATH\" > '{seen}'", Generous, RefreshScope.Full);

        Assert.Equal($"FULL|TAXABLE-1,ROTH-1|{_folder.PortfolioPath}", File.ReadAllText(seen));
    }

    [ShellFact]
    public async Task A_QUICK_refresh_names_the_accounts_the_queued_trades_name()
    {
        var seen = _folder.PathOf("seen.txt");

        await Refresh($"printf '%s|%s' \"$PO_REFRESH_SCOPE\" \"$PO_REFRESH_ACCOUNTS\" > '{seen}'", Generous);

        Assert.Equal("QUICK|TAXABLE-1", File.ReadAllText(seen));
    }

    [ShellFact]
    public async Task A_command_that_exits_non_zero_is_FAILED_with_its_exit_code_and_the_tail_of_its_stderr()
    {
        var outcome = await Refresh("echo 'first line' >&2; echo 'portfolio service unreachable' >&2; exit 3", Generous);

        Assert.Equal(RefreshOutcomeKind.Failed, outcome.Kind);
        Assert.Contains("exited with code 3", outcome.Detail, StringComparison.Ordinal);
        Assert.Contains("portfolio service unreachable", outcome.Detail, StringComparison.Ordinal);
    }

    [ShellFact]
    public async Task A_new_file_that_does_not_read_is_FAILED_and_its_problems_are_the_detail()
    {
        var broken = _folder.Stage("broken.md", "# PORTFOLIO\n**Last Updated:** 2026-11-24T13:00:00-05:00\n");

        var outcome = await Refresh($"cp '{broken}' \"$PO_PORTFOLIO_PATH\"", Generous);

        Assert.Equal(RefreshOutcomeKind.Failed, outcome.Kind);
        Assert.Contains("does not read", outcome.Detail, StringComparison.Ordinal);
        Assert.Contains("Total Cash", outcome.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [ShellFact]
    public async Task A_file_whose_Last_Updated_is_not_later_is_no_refresh_and_the_wait_ends_when_the_command_does()
    {
        var older = _folder.Stage("older.md", RefreshFolder.PortfolioText(RefreshFolder.Started.AddMinutes(-30), 30_000m));
        var clock = Stopwatch.StartNew();

        var outcome = await Refresh($"cp '{older}' \"$PO_PORTFOLIO_PATH\"", Generous);

        Assert.Equal(RefreshOutcomeKind.Pending, outcome.Kind);
        Assert.Contains("not later than 2026-11-24T09:40:00-05:00", outcome.Detail, StringComparison.Ordinal);
        Assert.Contains("exited with code 0", outcome.Detail, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"waited {clock.Elapsed} for a command that had exited");
    }

    [ShellFact]
    public async Task A_command_still_running_when_the_run_stops_waiting_is_stopped_with_everything_it_started()
    {
        var pids = _folder.PathOf("pids");
        var clock = Stopwatch.StartNew();

        var outcome = await Refresh($"sleep 300 & echo $! > '{pids}'; echo $$ >> '{pids}'; wait", TimeSpan.FromSeconds(1.5));

        Assert.Equal(RefreshOutcomeKind.Pending, outcome.Kind);
        Assert.Contains("was still running and was stopped", outcome.Detail, StringComparison.Ordinal);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.5), $"gave up after {clock.Elapsed}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        foreach (var pid in File.ReadAllLines(pids).Select(line => int.Parse(line, CultureInfo.InvariantCulture)))
        {
            Assert.False(ProcessState.IsRunning(pid), $"process {pid} is still running");
        }
    }

    [ShellFact]
    public async Task A_command_that_ignores_SIGTERM_is_killed()
    {
        var pids = _folder.PathOf("pids");

        var outcome = await Refresh($"trap '' TERM; echo $$ > '{pids}'; while :; do sleep 1; done", TimeSpan.FromSeconds(1));

        Assert.Equal(RefreshOutcomeKind.Pending, outcome.Kind);
        Assert.False(ProcessState.IsRunning(int.Parse(File.ReadAllText(pids).Trim(), CultureInfo.InvariantCulture)));
    }

    [ShellFact]
    public async Task A_child_the_command_left_behind_may_still_write_the_file_within_the_timeout()
    {
        var fresh = Later(31_000m);

        var outcome = await Refresh($"(sleep 1; cp '{fresh}' \"$PO_PORTFOLIO_PATH\") > /dev/null 2>&1 & exit 0", Generous);

        Assert.Equal(RefreshOutcomeKind.Completed, outcome.Kind);
        Assert.Equal(31_000m, outcome.Portfolio!.TotalCash.Dollars);
    }

    [ShellFact]
    public async Task A_file_written_in_two_steps_is_judged_whole_once_it_stands_still()
    {
        var fresh = File.ReadAllText(Later(32_000m));
        var head = _folder.Stage("head.md", fresh[..(fresh.Length / 2)]);
        var tail = _folder.Stage("tail.md", fresh[(fresh.Length / 2)..]);

        var outcome = await Refresh($"cat '{head}' > \"$PO_PORTFOLIO_PATH\"; sleep 0.2; cat '{tail}' >> \"$PO_PORTFOLIO_PATH\"; sleep 5", Generous);

        Assert.Equal(RefreshOutcomeKind.Completed, outcome.Kind);
        Assert.Equal(32_000m, outcome.Portfolio!.TotalCash.Dollars);
    }

    [ShellFact]
    public async Task A_refreshed_file_dated_in_the_future_does_not_read()
    {
        var future = _folder.Stage("future.md", RefreshFolder.PortfolioText(DateTimeOffset.UtcNow.AddDays(2), 30_000m));

        var outcome = await Refresh($"cp '{future}' \"$PO_PORTFOLIO_PATH\"", Generous);

        Assert.Equal(RefreshOutcomeKind.Failed, outcome.Kind);
        Assert.Contains("in the future", outcome.Detail, StringComparison.Ordinal);
    }

    [ShellFact]
    public async Task A_refreshed_file_that_drops_an_account_a_queued_trade_names_does_not_read()
    {
        var text = RefreshFolder.PortfolioText(RefreshFolder.Started.AddMinutes(240), 30_000m).Replace("TAXABLE-1", "TAXABLE-9", StringComparison.Ordinal);
        var renamed = _folder.Stage("renamed.md", text);

        var outcome = await Refresh($"cp '{renamed}' \"$PO_PORTFOLIO_PATH\"", Generous);

        Assert.Equal(RefreshOutcomeKind.Failed, outcome.Kind);
        Assert.Contains("TAXABLE-1", outcome.Detail, StringComparison.Ordinal);
    }

    [ShellFact]
    public async Task The_commands_stdout_goes_nowhere_and_its_stdin_is_closed()
    {
        var seen = _folder.PathOf("stdin.txt");

        var outcome = await Refresh($"echo noise; cat > '{seen}'; exit 0", Generous);

        Assert.Equal(RefreshOutcomeKind.Pending, outcome.Kind);
        Assert.Equal(string.Empty, File.ReadAllText(seen));
    }

    [ShellFact]
    public async Task Cancelling_the_run_stops_the_command()
    {
        var pids = _folder.PathOf("pids");
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new CommandRefresher($"echo $$ > '{pids}'; sleep 300", _folder.Setup()).RefreshAsync(_folder.Request(Generous), cancel.Token));

        Assert.False(ProcessState.IsRunning(int.Parse(File.ReadAllText(pids).Trim(), CultureInfo.InvariantCulture)));
    }

    [ShellFact]
    public async Task The_command_runs_in_pos_working_folder_with_pos_environment()
    {
        _folder.Variables["PORTFOLIO_PERSONA_TOKEN"] = "abc";
        var fresh = Later(33_000m);

        var outcome = await Refresh($"test \"$PORTFOLIO_PERSONA_TOKEN\" = abc && test \"$(pwd)\" = '{_folder.Root}' && cp '{fresh}' \"$PO_PORTFOLIO_PATH\"", Generous);

        Assert.Equal(RefreshOutcomeKind.Completed, outcome.Kind);
    }
}
