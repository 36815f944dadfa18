using System.CommandLine;
using System.Text.Json;
using PortfolioOrchestrator.Cli.Composition;
using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Cli.Commands;

/// <summary><c>po decide ESCALATION_ID approve|defer|halt --by NAME</c>: records a Master-Architect decision.</summary>
public static class DecideCommand
{
    public static Command Create(CliEnvironment environment, CommonOptions common)
    {
        var id = new Argument<string>("ESCALATION_ID") { Description = "The escalation decided" };
        var kind = new Argument<string>("DECISION") { Description = "approve, defer or halt" };
        kind.AcceptOnlyFromAmong("approve", "defer", "halt");
        var by = new Option<string>("--by") { Description = "Who decides (e.g. Master-Architect)", Required = true };
        var note = new Option<string?>("--note") { Description = "Why" };
        var routing = CommonOptions.Routing();
        var command = new Command("decide", "Record a Master-Architect decision on an escalation; `po resume` then acts on it") { id, kind, by, note, routing };
        command.SetAction((result, cancellationToken) => CommandAction.RunAsync(environment, async () =>
        {
            var decision = result.GetValue(kind) switch
            {
                "approve" => DecisionKind.Approve,
                "defer" => DecisionKind.Defer,
                _ => DecisionKind.Halt,
            };
            var decidedBy = result.GetValue(by)!;
            if (string.IsNullOrWhiteSpace(decidedBy))
            {
                throw CliException.BadInput("--by: expected the name of who decides");
            }

            var escalationId = result.GetValue(id)!;
            var routes = Deliveries.Load(environment, result.GetValue(routing));
            using var state = StateHost.Open(environment.ResolvePath(result.GetValue(common.State)!));
            var recorder = new DecisionRecorder(state.Journal, environment.Clock);
            var (outcome, runId) = await recorder.DecideAsync(EscalationId.Create(escalationId), decision, decidedBy.Trim(), result.GetValue(note), cancellationToken);
            switch (outcome)
            {
                case DecisionResult.UnknownEscalation:
                    throw CliException.BadInput($"unknown escalation id '{escalationId}' (see `po status`)");
                case DecisionResult.AlreadyDecided:
                    throw CliException.BadInput($"escalation {escalationId} is already decided");
            }

            if (await state.Journal.LoadRunAsync(runId!.Value, cancellationToken) is { } run && run.Inputs.OutputDirectory is var output)
            {
                var published = ReportPublisher.Publish(run, output ?? RunHost.DefaultOutput(state.Directory, run.Header.RunId), RunHost.Calendar);
                await Deliveries.DeliverAsync(environment, state.Directory, routes, published.Report, cancellationToken);
            }

            if (result.GetValue(common.Json))
            {
                await environment.Out.WriteLineAsync(JsonSerializer.Serialize(new Dictionary<string, string>
                {
                    ["escalation_id"] = escalationId,
                    ["decision"] = result.GetValue(kind)!,
                    ["by"] = decidedBy,
                    ["run_id"] = runId.Value.Value,
                }));
            }
            else
            {
                await environment.Out.WriteLineAsync($"Recorded {result.GetValue(kind)} on {escalationId} by {decidedBy}. Continue with: po resume {runId}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
