using System.CommandLine;
using System.Text.Json;
using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Delivery;
using PortfolioOrchestrator.Reporting.Json;

namespace PortfolioOrchestrator.Cli.Commands;

/// <summary>
/// <c>po route [--retry]</c>: the deliveries that failed and are kept in <c>&lt;state&gt;/outbox/failed/</c>;
/// with <c>--retry</c>, tries each again. Exit 0 when none is left failed, 4 when some still are.
/// </summary>
public static class RouteCommand
{
    public static Command Create(PoEnvironment environment, CommonOptions common)
    {
        var retry = new Option<bool>("--retry") { Description = "Try every failed delivery again; delivered ones are removed from the failed folder" };
        var command = new Command("route", "List the routed messages whose delivery failed, or retry them with --retry") { retry };
        command.SetAction((result, cancellationToken) => CommandAction.RunAsync(environment, result.GetValue(common.Json), async () =>
        {
            var state = environment.ResolvePath(result.GetValue(common.State)!);
            var json = result.GetValue(common.Json);
            if (result.GetValue(retry))
            {
                var results = await Deliveries.RetryAsync(environment, state, cancellationToken);
                await WriteAsync(environment, json, results.Select(r => new Row(r.Recipient, r.File, r.Delivered ? "DELIVERED" : "FAILED", r.Attempts, r.Error, r.FailedRecord)).ToList());
                return results.Any(r => !r.Delivered) ? ExitCodes.AwaitingDecision : ExitCodes.Success;
            }

            var failed = new FailedDeliveryStore(state).All();
            await WriteAsync(environment, json, failed.Select(f => new Row(f.Failure?.Recipient ?? "?", f.Failure?.File ?? Path.GetFileName(f.Path), "FAILED", f.Failure?.Attempts ?? 0, f.Failure?.LastError ?? "unreadable record", f.Path)).ToList());
            return failed.Count > 0 ? ExitCodes.AwaitingDecision : ExitCodes.Success;
        }));
        return command;
    }

    private static async Task WriteAsync(PoEnvironment environment, bool json, List<Row> rows)
    {
        if (json)
        {
            await environment.Out.WriteLineAsync(JsonSerializer.Serialize(rows, ExecutionReportJson.Options));
            return;
        }

        if (rows.Count == 0)
        {
            await environment.Out.WriteLineAsync("No failed delivery.");
            return;
        }

        foreach (var row in rows)
        {
            var error = row.Error is null ? string.Empty : $" — {row.Error}";
            await environment.Out.WriteLineAsync($"{row.Status}: {row.File} to {row.Recipient} ({row.Attempts} attempts){error}");
        }
    }

    private sealed record Row(string Recipient, string File, string Status, int Attempts, string? Error, string? Record);
}
