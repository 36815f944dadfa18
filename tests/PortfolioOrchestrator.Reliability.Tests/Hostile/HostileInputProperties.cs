using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace PortfolioOrchestrator.Reliability.Tests.Hostile;

/// <summary>
/// Generated hostile inputs through <c>po run</c>: every case ends in exit 0, 2, 3 or 4, never in an
/// internal error, never with an order after exit 2, and never with unescaped text in the Markdown.
/// </summary>
public sealed class HostileInputProperties
{
    private static readonly string Portfolio = Workspace.Sample("PORTFOLIO.md");
    private static readonly string Qa = Workspace.Sample("qa-report.json");
    private static readonly string Script = Workspace.Sample("paper-script.json");

    private static Gen<HostileCase> QaValues =>
        from occurrence in Gen.Choose(0, 500)
        from token in Gen.Elements(HostileValues.JsonTokens)
        select new HostileCase($"qa value #{occurrence} := {token}", Portfolio, Mutator.ReplaceJsonValue(Qa, occurrence, token), Script);

    private static Gen<HostileCase> PortfolioCells =>
        from occurrence in Gen.Choose(0, 500)
        from cell in Gen.Elements(HostileValues.Cells)
        select new HostileCase($"portfolio cell #{occurrence} := {cell}", Mutator.ReplaceMarkdownCell(Portfolio, occurrence, cell), Qa, Script);

    private static Gen<HostileCase> ScriptAndPolicyValues =>
        from occurrence in Gen.Choose(0, 100)
        from token in Gen.Elements(HostileValues.ScriptTokens)
        from policy in Gen.Elements(true, false)
        select policy
            ? new HostileCase($"policy value #{occurrence} := {token}", Portfolio, Qa, Script, Mutator.ReplaceJsonValue(PolicySample, occurrence, token))
            : new HostileCase($"script value #{occurrence} := {token}", Portfolio, Qa, Mutator.ReplaceJsonValue(Script, occurrence, token));

    private static Gen<HostileCase> RawEdits =>
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from count in Gen.Choose(1, 6)
        from target in Gen.Choose(0, 2)
        select target switch
        {
            0 => new HostileCase($"qa raw edits {seed}/{count}", Portfolio, Mutator.RawEdits(Qa, seed, count), Script),
            1 => new HostileCase($"portfolio raw edits {seed}/{count}", Mutator.RawEdits(Portfolio, seed, count), Qa, Script),
            _ => new HostileCase($"script raw edits {seed}/{count}", Portfolio, Qa, Mutator.RawEdits(Script, seed, count)),
        };

    private static Gen<HostileCase> Combined =>
        from a in Gen.Choose(0, 500)
        from b in Gen.Choose(0, 500)
        from token in Gen.Elements(HostileValues.JsonTokens)
        from cell in Gen.Elements(HostileValues.Cells)
        select new HostileCase($"qa #{a} := {token}, portfolio #{b} := {cell}", Mutator.ReplaceMarkdownCell(Portfolio, b, cell), Mutator.ReplaceJsonValue(Qa, a, token), Script);

    private const string PolicySample = """{ "min_buffer": 0.15, "buffer_floor": 0.12, "sector_cap": 0.35, "no_fill_minutes": 15, "slippage_flag_bps": 50, "pause_on_aggregate_breach": false }""";

    [Property(MaxTest = 250)]
    public Property A_hostile_value_anywhere_in_the_qa_report_is_handled() => Holds(QaValues);

    [Property(MaxTest = 200)]
    public Property A_hostile_cell_anywhere_in_the_portfolio_is_handled() => Holds(PortfolioCells);

    [Property(MaxTest = 100)]
    public Property A_hostile_value_in_the_paper_script_or_policy_is_handled() => Holds(ScriptAndPolicyValues);

    [Property(MaxTest = 150)]
    public Property Random_edits_of_any_input_are_handled() => Holds(RawEdits);

    [Property(MaxTest = 100)]
    public Property Hostile_values_in_two_files_at_once_are_handled() => Holds(Combined);

    private static Property Holds(Gen<HostileCase> cases) =>
        Prop.ForAll(cases.ToArbitrary(), hostile =>
        {
            var problems = HostileRunner.Check(hostile);
            Assert.True(problems.Count == 0, $"{hostile}:\n{string.Join('\n', problems)}");
        });
}
