using System.Text.Json;
using PortfolioOrchestrator.Domain.Inputs;
using PortfolioOrchestrator.Domain.Policy;
using PortfolioOrchestrator.Inputs.Json;
using PortfolioOrchestrator.Inputs.Policy;
using PortfolioOrchestrator.Inputs.Text;

namespace PortfolioOrchestrator.Inputs;

/// <summary>
/// Reads a <c>--policy</c> JSON file (CONTRACT §2) over <see cref="ExecutionPolicy.Default"/>: every key
/// optional, unknown keys refused, ratios as fractions, durations in the unit the key names.
/// </summary>
public static class PolicyReader
{
    public static InputResult<ExecutionPolicy> Read(string json, string fileName)
    {
        var problems = new ProblemList(fileName);
        using var input = JsonInput.ParseObject(json, problems, JsonSyntax.Strict, "a JSON object of policy settings");
        if (input is null)
        {
            return problems.Failure<ExecutionPolicy>();
        }

        var root = input.Root;
        var fields = input.Fields;
        fields.UnknownKeys(root, string.Empty, PolicyKeys.All);
        foreach (var property in root.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Null && PolicyKeys.All.Contains(p.Name)))
        {
            fields.Issue(property.Name, "is null", "a value (leave the key out to keep the default)", "null");
        }

        var settings = new PolicySettings(root, fields);
        var policy = settings.Read();
        if (problems.IsEmpty)
        {
            PolicyConsistency.Check(policy, fields);
        }

        return problems.ResultOf(() => policy);
    }
}
