namespace PortfolioOrchestrator.Application.Composition;

/// <summary><c>--broker paper[:SCRIPT.json] | alpaca</c> as typed.</summary>
public sealed record BrokerSpec(bool IsPaper, string? ScriptPath)
{
    public static BrokerSpec Parse(string? text)
    {
        var value = string.IsNullOrWhiteSpace(text) ? "paper" : text.Trim();
        if (value.Equals("paper", StringComparison.OrdinalIgnoreCase))
        {
            return new BrokerSpec(true, null);
        }

        if (value.StartsWith("paper:", StringComparison.OrdinalIgnoreCase) && value.Length > "paper:".Length)
        {
            return new BrokerSpec(true, value["paper:".Length..]);
        }

        if (value.Equals("alpaca", StringComparison.OrdinalIgnoreCase))
        {
            return new BrokerSpec(false, null);
        }

        throw PoException.BadInput($"--broker: expected paper, paper:SCRIPT.json or alpaca; got '{text}'");
    }

    public override string ToString() => IsPaper ? ScriptPath is null ? "paper" : "paper:" + ScriptPath : "alpaca";
}
