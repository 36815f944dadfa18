using System.CommandLine;
using System.Text.Json;

namespace PortfolioOrchestrator.Cli.Commands;

/// <summary><c>po decide ESCALATION_ID approve|defer|halt --by NAME</c>: records a Master-Architect decision.</summary>
public static class DecideCommand
{
    public static Command Create(PoEnvironment environment, CommonOptions common)
    {
        var id = new Argument<string>("ESCALATION_ID") { Description = "The escalation decided" };
        var kind = new Argument<string>("DECISION") { Description = "approve, defer or halt (any case)" };
        var by = new Option<string>("--by") { Description = "Who decides (e.g. Master-Architect)", Required = true };
        var note = new Option<string?>("--note") { Description = "Why" };
        var routing = CommonOptions.Routing();
        var command = new Command("decide", "Record a Master-Architect decision on an escalation; `po resume` then acts on it") { id, kind, by, note, routing };
        command.SetAction((result, cancellationToken) => CommandAction.RunAsync(environment, result.GetValue(common.Json), async () =>
        {
            var decided = await DecideUseCase.DecideAsync(
                environment,
                new DecisionRequest(result.GetValue(common.State)!, result.GetValue(id)!, result.GetValue(kind)!, result.GetValue(by)!, result.GetValue(note), result.GetValue(routing)),
                cancellationToken);
            if (result.GetValue(common.Json))
            {
                await environment.Out.WriteLineAsync(JsonSerializer.Serialize(new Dictionary<string, string>
                {
                    ["escalation_id"] = decided.EscalationId,
                    ["decision"] = decided.Decision,
                    ["by"] = decided.By,
                    ["run_id"] = decided.RunId,
                }));
            }
            else
            {
                await environment.Out.WriteLineAsync($"Recorded {decided.Decision} on {decided.EscalationId} by {decided.By}. Continue with: {decided.ResumeCommand}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
