using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Application.UseCases;

/// <summary>
/// Records a Master-Architect decision on a blocking, open escalation (<c>po decide</c>, <c>decide_escalation</c>,
/// an accepted elicitation; CONTRACT Resolution 21). Anything else — an unknown id, one not awaited, one already
/// decided, a decision other than approve/defer/halt, no name — is bad input naming what the run waits for.
/// </summary>
public static class DecideUseCase
{
    /// <summary>approve|defer|halt in any case (Resolution 21); anything else is bad input naming <paramref name="field"/>.</summary>
    public static DecisionKind ParseDecision(string? text, string field) => text?.Trim().ToLowerInvariant() switch
    {
        "approve" => DecisionKind.Approve,
        "defer" => DecisionKind.Defer,
        "halt" => DecisionKind.Halt,
        _ => throw PoException.BadInput($"{field}: expected approve, defer or halt; got '{text}'"),
    };

    /// <summary>Opens the state directory for writing, records the decision, and rewrites the run's report.</summary>
    public static async Task<DecisionOutcome> DecideAsync(PoEnvironment environment, DecisionRequest request, CancellationToken cancellationToken)
    {
        var decision = ParseDecision(request.Decision, request.DecisionField);
        if (string.IsNullOrWhiteSpace(request.By))
        {
            throw PoException.BadInput($"{request.ByField}: expected the name of who decides");
        }

        var routes = Deliveries.Load(environment, request.RoutingFile);
        using var state = StateHost.Open(environment.ResolvePath(request.StateOption));
        return await RecordAsync(environment, state, request with { Decision = request.Decision.Trim().ToLowerInvariant() }, decision, routes, cancellationToken);
    }

    /// <summary>Records the decision in a state directory already open for writing.</summary>
    public static async Task<DecisionOutcome> RecordAsync(PoEnvironment environment, StateHost state, DecisionRequest request, DecisionKind decision, Delivery.RoutingConfig routes, CancellationToken cancellationToken)
    {
        var escalationId = request.EscalationId;
        var recorder = new DecisionRecorder(state.Journal, environment.Clock);
        var (outcome, runId) = await recorder.DecideAsync(EscalationId.Create(escalationId), decision, request.By.Trim(), request.Note, cancellationToken);
        if (outcome == DecisionResult.UnknownEscalation)
        {
            throw PoException.BadInput($"unknown escalation id '{escalationId}' in state directory {state.Directory} (see `po status`)");
        }

        if (outcome != DecisionResult.Recorded)
        {
            var refused = await state.Journal.LoadRunAsync(runId!.Value, cancellationToken);
            throw new PoException(ExitCodes.BadInput, NotAwaited.Explain(environment, refused!, EscalationId.Create(escalationId), state.Directory), ErrorKinds.BadInput) { RunId = runId.Value.Value };
        }

        if (await state.Journal.LoadRunAsync(runId!.Value, cancellationToken) is { } run && run.Inputs.OutputDirectory is var output)
        {
            var published = ReportPublisher.Publish(run, output ?? RunHost.DefaultOutput(state.Directory, run.Header.RunId), RunHost.Calendar);
            await Deliveries.DeliverAsync(environment, state.Directory, routes, published.Report, cancellationToken);
        }

        return new DecisionOutcome(escalationId, request.Decision, request.By, request.Note, runId.Value.Value, NextCommands.Resume(environment, runId.Value, state.Directory));
    }
}

/// <summary>
/// A decision as given: the state directory, the escalation, the decision text, who and why, the routing file;
/// <see cref="DecisionField"/> and <see cref="ByField"/> are how the face names those arguments in its messages.
/// </summary>
public sealed record DecisionRequest(string StateOption, string EscalationId, string Decision, string By, string? Note, string? RoutingFile = null)
{
    public string DecisionField { get; init; } = "DECISION";

    public string ByField { get; init; } = "--by";
}
