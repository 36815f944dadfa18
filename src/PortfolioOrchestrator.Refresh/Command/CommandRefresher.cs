using PortfolioOrchestrator.Domain.Refresh;
using PortfolioOrchestrator.Refresh.Watching;

namespace PortfolioOrchestrator.Refresh.Command;

/// <summary>
/// <c>--refresh command:CMD</c> (CONTRACT Resolution 24): runs Portfolio-Persona's own tool with
/// <c>PO_REFRESH_SCOPE</c>, <c>PO_REFRESH_ACCOUNTS</c> and <c>PO_PORTFOLIO_PATH</c> in its environment and
/// waits, in real time, up to the policy's timeout for the newer PORTFOLIO.md it writes there. A non-zero
/// exit or a new file that does not read is a failure (exit code, stderr's last lines and the file's
/// problems in the detail); otherwise the refresh is pending when the wait ends. The command, and
/// everything it started, is stopped when the wait ends, whatever the outcome.
/// </summary>
public sealed class CommandRefresher(string command, RefreshSetup setup) : IPortfolioRefresher
{
    public const string ScopeVariable = "PO_REFRESH_SCOPE";
    public const string AccountsVariable = "PO_REFRESH_ACCOUNTS";
    public const string PathVariable = "PO_PORTFOLIO_PATH";

    /// <summary>How long a stopped command gets between SIGTERM and SIGKILL.</summary>
    public static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(2);

    public async Task<RefreshOutcome> RefreshAsync(RefreshRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var wait = new PortfolioWait(new PortfolioFileCheck(setup.PortfolioPath, request, setup.Clock), setup.Clock);
        ShellCommand shell;
        try
        {
            shell = ShellCommand.Start(command, Variables(request), setup.WorkingDirectory);
        }
        catch (InvalidOperationException exception)
        {
            return RefreshOutcome.Failed(TimeSpan.Zero, $"the refresh command {Quoted} {exception.Message}") with { Source = RefreshSource.Command };
        }

        using (shell)
        {
            WaitResult result;
            try
            {
                result = await wait.RunAsync(request.Timeout, () => shell.State, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await shell.StopAsync(StopGrace, setup.Clock).ConfigureAwait(false);
            }

            return Outcome(result, shell, request);
        }
    }

    private string Quoted => $"`{command}`";

    private RefreshOutcome Outcome(WaitResult result, ShellCommand shell, RefreshRequest request)
    {
        var stderr = shell.Errors.ToString();
        var stderrPart = stderr.Length > 0 ? $"; stderr: {stderr}" : "; nothing on stderr";
        var outcome = result.End switch
        {
            WaitEnd.Fresh => Answer.Completed(result),
            WaitEnd.PartyFailed => Answer.Failed(result, $"the refresh command {Quoted} exited with code {shell.ExitCode}{stderrPart}"
                + (result.Reading.Kind == FileReadingKind.Unreadable ? $"; the PORTFOLIO.md it left does not read: {result.Reading.ProblemText}" : string.Empty)),
            WaitEnd.Unreadable => Answer.Failed(result, $"the PORTFOLIO.md the refresh command {Quoted} wrote does not read: {result.Reading.ProblemText}"
                + (shell.ExitCode is { } code ? $" (exit code {code}{stderrPart})" : string.Empty)),
            WaitEnd.Unanswered => Answer.Pending(result, request, setup.PortfolioPath, $"the refresh command {Quoted} exited with code 0 without writing a later one"),
            _ => Answer.Pending(result, request, setup.PortfolioPath, $"the refresh command {Quoted} was still running and was stopped"),
        };
        return outcome with { Source = RefreshSource.Command };
    }

    private IEnumerable<KeyValuePair<string, string?>> Variables(RefreshRequest request)
    {
        foreach (var variable in setup.Variables)
        {
            yield return variable;
        }

        yield return new(ScopeVariable, request.Scope == RefreshScope.Quick ? "QUICK" : "FULL");
        yield return new(AccountsVariable, string.Join(",", request.Accounts.Select(a => a.Value)));
        yield return new(PathVariable, setup.PortfolioPath);
    }
}
