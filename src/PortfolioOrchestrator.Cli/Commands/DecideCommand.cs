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
        var kind = new Argument<string>("DECISION") { Description = "approve, defer or halt (any case)" };
        var by = new Option<string>("--by") { Description = "Who decides (e.g. Master-Architect)", Required = true };
        var note = new Option<string?>("--note") { Description = "Why" };
        var routing = CommonOptions.Routing();
        var command = new Command("decide", "Record a Master-Architect decision on an escalation; `po resume` then acts on it") { id, kind, by, note, routing };
        command.SetAction((result, cancellationToken) => CommandAction.RunAsync(environment, result.GetValue(common.Json), async () =>
        {
            // CONTRACT Resolution 21: approve|defer|halt in any case.
            var decisionText = result.GetValue(kind)!.Trim().ToLowerInvariant();
            var decision = decisionText switch
            {
                "approve" => DecisionKind.Approve,
                "defer" => DecisionKind.Defer,
                "halt" => DecisionKind.Halt,
                _ => throw CliException.BadInput($"DECISION: expected approve, defer or halt; got '{result.GetValue(kind)}'"),
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
            if (outcome == DecisionResult.UnknownEscalation)
            {
                throw CliException.BadInput($"unknown escalation id '{escalationId}' in state directory {state.Directory} (see `po status`)");
            }

            if (outcome != DecisionResult.Recorded)
            {
                var refused = await state.Journal.LoadRunAsync(runId!.Value, cancellationToken);
                throw new CliException(ExitCodes.BadInput, NotAwaited.Explain(environment, refused!, EscalationId.Create(escalationId), state.Directory), ErrorKinds.BadInput) { RunId = runId.Value.Value };
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
                    ["decision"] = decisionText,
                    ["by"] = decidedBy,
                    ["run_id"] = runId.Value.Value,
                }));
            }
            else
            {
                await environment.Out.WriteLineAsync($"Recorded {decisionText} on {escalationId} by {decidedBy}. Continue with: {NextCommands.Resume(environment, runId.Value, state.Directory)}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
