using PortfolioOrchestrator.Domain.Inputs;
using PortfolioOrchestrator.Inputs.Json;
using PortfolioOrchestrator.Inputs.Text;

namespace PortfolioOrchestrator.Inputs.Tests.Json;

public sealed class JsonInputTests
{
    private const string File = "in.json";

    [Fact]
    public void A_field_problem_names_the_line_its_field_is_written_on()
    {
        const string Json = "{\n  \"trades\": [\n    { \"a\": 1 },\n    {\n      \"a\": 2,\n      \"size\": -1\n    }\n  ]\n}";

        var problem = Single(Json, JsonSyntax.Strict, fields => fields.Problem("trades[1].size", "a positive size", "-1"));

        Assert.Equal(new InputProblem(File, 6, "trades[1].size", "a positive size", "-1"), problem);
        Assert.Equal("in.json:6 (trades[1].size): expected a positive size, got -1", problem.ToString());
    }

    [Fact]
    public void A_missing_field_is_placed_on_the_line_of_the_object_that_lacks_it()
    {
        const string Json = "{\n  \"trades\": [\n    {},\n    {\n      \"a\": 2\n    }\n  ]\n}";

        var problem = Single(Json, JsonSyntax.Strict, fields => fields.Missing("trades[1].size", "a positive size"));

        Assert.Equal(4, problem.Line);
        Assert.Equal("is required; expected a positive size", problem.Message);
    }

    [Fact]
    public void A_key_written_twice_is_refused_with_its_line_in_every_syntax()
    {
        foreach (var syntax in new[] { JsonSyntax.Strict, JsonSyntax.Commented, JsonSyntax.Lenient })
        {
            var problem = Assert.Single(Refused("{\n  \"a\": { \"b\": 1,\n  \"b\": 2 }\n}", syntax));

            Assert.Equal((3, "a.b"), (problem.Line, problem.Field));
            Assert.StartsWith("is written twice", problem.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_same_key_in_two_objects_is_not_a_repeat() =>
        Assert.NotNull(JsonInput.Parse("""[{"a": 1}, {"a": 2}]""", new ProblemList(File), JsonSyntax.Strict));

    [Theory]
    [InlineData("{\n \"a\": \"x\\ud800y\"\n}", 2, "a")]
    [InlineData("{\n \"list\": [\"ok\", \"\\udc00\"]\n}", 2, "list[1]")]
    [InlineData("{\n\n \"\\ud800\": 1\n}", 3, "(a key)")]
    public void An_escaped_lone_surrogate_is_refused_where_it_is_written(string json, int line, string field)
    {
        var problem = Assert.Single(Refused(json, JsonSyntax.Strict));

        Assert.Equal((line, field), (problem.Line, problem.Field));
        Assert.Contains("lone surrogate", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_holding_a_raw_lone_surrogate_is_refused_with_its_line()
    {
        var problem = Assert.Single(Refused("{\n\"a\": \"\uD800\"}", JsonSyntax.Strict));

        Assert.Equal(2, problem.Line);
        Assert.Contains("not valid Unicode", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"a\": 1, }")]
    [InlineData("{ // note\n \"a\": 1 }")]
    public void Strict_json_refuses_comments_and_trailing_commas_saying_what_it_accepts(string json)
    {
        var problem = Assert.Single(Refused(json, JsonSyntax.Strict));

        Assert.StartsWith($"is not valid JSON at line {problem.Line}, byte", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("expected strict JSON (no comments, no trailing commas)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_are_read_where_the_syntax_allows_them_and_lines_still_count()
    {
        const string Json = "{\n  /* two\n     lines */\n  // one\n  \"a\": \"x\",\n}";

        var problem = Single(Json, JsonSyntax.Lenient, fields => fields.Problem("a", "a number", "the string 'x'"));

        Assert.Equal(5, problem.Line);
        Assert.Single(Refused(Json, JsonSyntax.Commented));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_said_plainly()
    {
        var problem = Assert.Single(Refused(new string('[', 100) + new string(']', 100), JsonSyntax.Strict));

        Assert.Contains("nested more than 64 levels deep", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_keys_are_named_with_their_path_and_the_keys_that_are_known()
    {
        var problem = Single("{\"rules\": {\"fillratio\": 1}}", JsonSyntax.Strict, fields => fields.UnknownKeys(fields.Root("rules"), "rules", ["price", "fill_ratio"]));

        Assert.Equal(("rules.fillratio", 1), (problem.Field, problem.Line));
        Assert.Equal("unknown key 'fillratio'; expected one of price, fill_ratio", problem.Message);
    }

    [Fact]
    public void A_hostile_key_is_escaped_and_cut_in_the_field_path()
    {
        var key = "\u001b[31m" + new string('k', 500);

        var problem = Single($"{{\"{key.Replace("\u001b", "\\u001b", StringComparison.Ordinal)}\": 1}}", JsonSyntax.Strict, fields => fields.Problem(JsonPath.Property(string.Empty, key), "x", null));

        Assert.Equal(1, problem.Line);
        Assert.DoesNotContain('\u001b', problem.Field!);
        Assert.True(problem.Field!.Length < 120, problem.Field);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_json() =>
        Assert.NotNull(JsonInput.Parse("\uFEFF{}", new ProblemList(File), JsonSyntax.Strict));

    private static InputProblem Single(string json, JsonSyntax syntax, Action<Reader> report)
    {
        var problems = new ProblemList(File);
        using var input = JsonInput.Parse(json, problems, syntax);
        Assert.True(input is not null, string.Join("\n", problems.ToList()));
        report(new Reader(input));
        return Assert.Single(problems.ToList());
    }

    private static IReadOnlyList<InputProblem> Refused(string json, JsonSyntax syntax)
    {
        var problems = new ProblemList(File);
        using var input = JsonInput.Parse(json, problems, syntax);
        Assert.Null(input);
        return problems.ToList();
    }

    /// <summary>The parsed input's fields, with a way to reach a nested element.</summary>
    private sealed class Reader(JsonInput input)
    {
        public System.Text.Json.JsonElement Root(string name) => input.Root.GetProperty(name);

        public void Problem(string path, string expected, string? got) => input.Fields.Problem(path, expected, got);

        public void Missing(string path, string expected) => input.Fields.Missing(path, expected);

        public void UnknownKeys(System.Text.Json.JsonElement element, string path, string[] known) => input.Fields.UnknownKeys(element, path, known);
    }
}
