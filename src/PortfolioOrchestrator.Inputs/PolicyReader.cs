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
        using var document = JsonInput.Parse(json, problems);
        if (document is null)
        {
            return problems.Failure<ExecutionPolicy>();
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(1, null, $"expected a JSON object of policy settings, got {JsonFields.Kind(root)}");
            return problems.Failure<ExecutionPolicy>();
        }

        foreach (var property in root.EnumerateObject().Where(p => !PolicyKeys.All.Contains(p.Name)))
        {
            problems.Add(null, Shown.Quote(property.Name), $"is not a policy setting; expected one of {string.Join(", ", PolicyKeys.All)}");
        }

        foreach (var property in root.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Null && PolicyKeys.All.Contains(p.Name)))
        {
            problems.Add(null, property.Name, "is null; expected a value (leave the key out to keep the default)");
        }

        var settings = new PolicySettings(root, new JsonFields(problems));
        var policy = settings.Read();
        if (problems.IsEmpty)
        {
            PolicyConsistency.Check(policy, problems);
        }

        return problems.ResultOf(() => policy);
    }
}
