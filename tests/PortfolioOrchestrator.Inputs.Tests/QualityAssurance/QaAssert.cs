using System.Text.Json.Nodes;
using PortfolioOrchestrator.Domain.Inputs;
using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Inputs.Tests.QualityAssurance;

internal static class QaAssert
{
    /// <summary>The sample report with its first trade changed by <paramref name="edit"/>.</summary>
    public static string WithTrade(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(Samples.Qa)!.AsObject();
        edit(root["trades"]![0]!.AsObject());
        return root.ToJsonString();
    }

    public static string With(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(Samples.Qa)!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    public static QaReport Reads(string json)
    {
        var result = QaReportReader.Read(json, Samples.QaFile);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        return result.Value;
    }

    public static InputProblem Refuses(string json, string field, string messagePart)
    {
        var result = QaReportReader.Read(json, Samples.QaFile);
        Assert.False(result.IsValid, "expected problems, the report was accepted");
        Assert.All(result.Problems, p => Assert.Equal(Samples.QaFile, p.File));
        var problem = result.Problems.FirstOrDefault(p => p.Field == field && p.Message.Contains(messagePart, StringComparison.OrdinalIgnoreCase));
        Assert.True(problem is not null, $"no problem at {field} mentions '{messagePart}':\n" + string.Join("\n", result.Problems));
        return problem;
    }
}
