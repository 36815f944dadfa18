using System.Globalization;
using PortfolioOrchestrator.Inputs;
using PortfolioOrchestrator.Mcp.Tools;

namespace PortfolioOrchestrator.Mcp.Plans;

/// <summary>
/// CONTRACT §8, "nothing is executed that was not previewed": a confirmation token must have been issued by
/// <c>plan_execution</c> in this state directory, be at most 15 minutes old (wall clock), unused, and for inputs
/// identical to the planned ones — files given by path are read again and compared. Each refusal names its reason.
/// </summary>
public static class TokenGate
{
    /// <summary>The plan to execute, its files read again; refused with <see cref="ToolRefusal"/>.</summary>
    public static StoredPlan Check(ToolContext context, string token, ToolArguments arguments)
    {
        var plan = context.Plans.Find(token)
            ?? throw Refuse(ToolRefusal.UnknownToken, "the confirmation token was not issued by plan_execution in this state directory; call plan_execution first and pass the confirmation_token it returns");
        if (context.Plans.IsUsed(token))
        {
            throw Used();
        }

        var now = context.Environment.Clock.GetUtcNow();
        if (now > plan.ExpiresAt)
        {
            throw Refuse(ToolRefusal.Expired, $"the confirmation token was issued at {Stamp(plan.IssuedAt)} and was good for 15 minutes (until {Stamp(plan.ExpiresAt)}); call plan_execution again for a fresh plan and token");
        }

        if (InputArguments.AnyGiven(arguments))
        {
            var given = InputArguments.Read(context.Environment, arguments, context.Settings);
            if (InputArguments.Digest(given) != plan.InputsSha256)
            {
                throw Refuse(ToolRefusal.InputsChanged, "the inputs given differ from the ones plan_execution previewed (portfolio, QA report, policy, broker script or now); plan them again");
            }
        }

        foreach (var input in new[] { plan.Inputs.Portfolio, plan.Inputs.Qa, plan.Inputs.Policy, plan.Inputs.BrokerScript })
        {
            if (input?.Path is { } path)
            {
                var file = InputFile.ReadText(path);
                if (!file.IsValid || file.Value != input.Text)
                {
                    throw Refuse(ToolRefusal.InputsChanged, $"{input.Name} changed since plan_execution read it (or can no longer be read); plan again to preview what it says now");
                }
            }
        }

        return plan;
    }

    /// <summary>The refusal of a token spent before, by this server or another.</summary>
    public static ToolRefusal Used() =>
        Refuse(ToolRefusal.AlreadyUsed, "the confirmation token was used for an execution already; each token executes once — call plan_execution again for a new one");

    private static ToolRefusal Refuse(string reason, string why) =>
        new(reason, $"execute_trades refused: {reason} — {why}. Nothing was sent.");

    private static string Stamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
