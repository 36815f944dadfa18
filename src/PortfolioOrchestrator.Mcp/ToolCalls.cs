using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using PortfolioOrchestrator.Application;
using PortfolioOrchestrator.Journal;
using PortfolioOrchestrator.Mcp.Plans;
using PortfolioOrchestrator.Mcp.Tools;

namespace PortfolioOrchestrator.Mcp;

/// <summary>
/// <c>tools/list</c> and <c>tools/call</c>. A call's failure — bad arguments, bad inputs, a refusal, the venue or
/// the state directory unavailable — is a tool result with <c>isError: true</c>, never a protocol error and never
/// the end of the server; every call is appended to the journal's log of tool calls (tool, SHA-256 of the
/// arguments, outcome).
/// </summary>
public sealed class ToolCalls(PoEnvironment environment, McpSettings settings)
{
    private readonly PlanStore _plans = new(settings.StateDirectory);

    public ValueTask<ListToolsResult> ListAsync(RequestContext<ListToolsRequestParams> request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ListToolsResult { Tools = [.. ToolCatalog.All.Select(e => e.Tool)] });

    public async ValueTask<CallToolResult> CallAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken)
    {
        var name = request.Params?.Name ?? string.Empty;
        var entry = ToolCatalog.Find(name)
            ?? throw new McpProtocolException($"Unknown tool: '{name}'. The tools are: {string.Join(", ", ToolCatalog.All.Select(e => e.Tool.Name))}", McpErrorCode.InvalidParams);
        var arguments = new ToolArguments(name, request.Params!.Arguments);
        var context = new ToolContext(environment, settings, _plans, request.Server, request.Params.ProgressToken);
        CallToolResult result;
        string? runId = null;
        try
        {
            var structured = await entry.Run(context, arguments, cancellationToken);
            if (name != PlanTool.Name && structured["run_id"] is { } id && id.GetValueKind() == System.Text.Json.JsonValueKind.String)
            {
                runId = id.GetValue<string>();
            }

            result = ToolResults.Ok(structured);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            if (ex is not PoException and not ToolRefusal && environment.Variables.ContainsKey("PO_DEBUG"))
            {
                await environment.Error.WriteLineAsync(ex.ToString());
            }

            result = ToolResults.Error(ex);
            runId = ex is PoException { RunId: { } failedRun } ? failedRun : null;
        }

        await RecordAsync(name, arguments.Digest(), ToolResults.Outcome(result), runId);
        return result;
    }

    /// <summary>Appends the call to the journal; a journal that cannot be written is said on stderr, the result still returned.</summary>
    private async Task RecordAsync(string tool, string digest, string outcome, string? runId)
    {
        try
        {
            using var journal = SqliteJournal.Open(settings.StateDirectory);
            await journal.AppendToolCallAsync(new ToolCallRecord(environment.Clock.GetUtcNow(), tool, digest, outcome, runId), CancellationToken.None);
        }
        catch (Exception ex) when (ex is JournalUnavailableException or IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            await environment.Error.WriteLineAsync($"po mcp: warning: the call of {tool} could not be recorded in the journal ({ex.Message})");
        }
    }
}
