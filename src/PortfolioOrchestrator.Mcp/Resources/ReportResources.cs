using System.Text.RegularExpressions;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using PortfolioOrchestrator.Application;
using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Application.UseCases;

namespace PortfolioOrchestrator.Mcp.Resources;

/// <summary>
/// Every run's execution report as resources (CONTRACT §8): <c>po://runs/{run_id}/execution-report.json</c> and
/// <c>.md</c>, listed by <c>resources/list</c>, rebuilt from the journal when read.
/// </summary>
public sealed partial class ReportResources(PoEnvironment environment, McpSettings settings)
{
    public const string JsonTemplate = "po://runs/{run_id}/execution-report.json";
    public const string MarkdownTemplate = "po://runs/{run_id}/execution-report.md";

    public async ValueTask<ListResourcesResult> ListAsync(RequestContext<ListResourcesRequestParams> request, CancellationToken cancellationToken)
    {
        var result = new ListResourcesResult();
        if (!File.Exists(Path.Combine(settings.StateDirectory, "journal.db")))
        {
            return result;
        }

        using var journal = ReadOnlyState.OpenJournal(environment, settings.StateDirectory);
        foreach (var run in await journal.ListRunsAsync(cancellationToken))
        {
            var id = run.RunId.Value;
            result.Resources.Add(new Resource { Uri = Uri(id, "json"), Name = $"{id} execution-report.json", Description = $"The execution report of run {id} (JSON)", MimeType = "application/json" });
            result.Resources.Add(new Resource { Uri = Uri(id, "md"), Name = $"{id} execution-report.md", Description = $"The execution report of run {id} for a person (Markdown)", MimeType = "text/markdown" });
        }

        return result;
    }

    public ValueTask<ListResourceTemplatesResult> TemplatesAsync(RequestContext<ListResourceTemplatesRequestParams> request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ListResourceTemplatesResult
        {
            ResourceTemplates =
            [
                new ResourceTemplate { UriTemplate = JsonTemplate, Name = "execution-report.json", Description = "A run's execution report (JSON)", MimeType = "application/json" },
                new ResourceTemplate { UriTemplate = MarkdownTemplate, Name = "execution-report.md", Description = "A run's execution report for a person (Markdown)", MimeType = "text/markdown" },
            ],
        });

    public async ValueTask<ReadResourceResult> ReadAsync(RequestContext<ReadResourceRequestParams> request, CancellationToken cancellationToken)
    {
        var uri = request.Params?.Uri ?? string.Empty;
        var match = ReportUri().Match(uri);
        if (!match.Success)
        {
            throw new McpProtocolException($"Unknown resource '{uri}': expected {JsonTemplate} or {MarkdownTemplate}", McpErrorCode.ResourceNotFound);
        }

        ReportPublisher.Published published;
        try
        {
            published = await ReportQuery.LoadAsync(environment, settings.StateDirectory, System.Uri.UnescapeDataString(match.Groups["run"].Value), cancellationToken);
        }
        catch (PoException missing)
        {
            throw new McpProtocolException(missing.Message, McpErrorCode.ResourceNotFound);
        }

        var json = match.Groups["format"].Value == "json";
        return new ReadResourceResult
        {
            Contents = [new TextResourceContents { Uri = uri, MimeType = json ? "application/json" : "text/markdown", Text = json ? published.Json : published.Markdown }],
        };
    }

    public static string Uri(string runId, string format) => $"po://runs/{System.Uri.EscapeDataString(runId)}/execution-report.{format}";

    [GeneratedRegex(@"^po://runs/(?<run>[^/]+)/execution-report\.(?<format>json|md)$")]
    private static partial Regex ReportUri();
}
