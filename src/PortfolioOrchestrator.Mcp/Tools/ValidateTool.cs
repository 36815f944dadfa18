using System.Text.Json.Nodes;
using PortfolioOrchestrator.Application.Composition;
using PortfolioOrchestrator.Application.UseCases;

namespace PortfolioOrchestrator.Mcp.Tools;

/// <summary><c>validate_execution</c>: STEP 1–2 as <c>po validate --json</c>; sends nothing, writes nothing.</summary>
public static class ValidateTool
{
    public const string Name = "validate_execution";

    public static JsonObject Run(ToolContext context, ToolArguments arguments)
    {
        arguments.EnsureOnly(InputArguments.Names);
        var inputs = InputArguments.Read(context.Environment, arguments, context.Settings);
        var at = NowOption.Parse(inputs.Now) ?? context.Environment.Clock.GetUtcNow();
        var loaded = InputLoader.Load(context.Environment, InputArguments.Documents(inputs), at);
        return McpJson.ToObject(ValidateUseCase.Evaluate(loaded, at));
    }
}
