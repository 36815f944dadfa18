namespace PortfolioOrchestrator.Inputs.Tests.QualityAssurance;

public sealed class FencedQaReportTests
{
    private const string FenceWarning = "qa-report.json is wrapped in a Markdown code fence (```json … ```); the JSON inside it was read";

    [Theory]
    [InlineData("```json\n", "\n```\n")]
    [InlineData("```JSON\n", "\n```")]
    [InlineData("\n  ```\n", "\n```\n\n")]
    [InlineData("```json\r\n", "\r\n```\r\n")]
    [InlineData("\uFEFF```json\n", "\n```\n")]
    public void Resolution23_a_qa_report_wrapped_in_one_markdown_fence_is_read_with_a_warning(string opening, string closing)
    {
        var report = QaAssert.Reads(opening + Samples.Qa + closing);

        Assert.Equal("QA-2026-11-24-001", report.ReportId);
        Assert.NotEmpty(report.Trades);
        Assert.Equal([FenceWarning], report.Warnings);
    }

    [Fact]
    public void Resolution23_an_unfenced_qa_report_has_no_warning()
    {
        Assert.Empty(QaAssert.Reads(Samples.Qa).Warnings);
    }

    [Fact]
    public void Resolution23_a_problem_inside_a_fenced_report_names_the_files_own_line()
    {
        var lines = Samples.Qa.Split('\n');
        var sizeLine = Array.FindIndex(lines, l => l.Contains("\"size_dollars\"", StringComparison.Ordinal));
        lines[sizeLine] = lines[sizeLine].Replace("5000.00", "-5", StringComparison.Ordinal);

        var result = QaReportReader.Read("```json\n" + string.Join('\n', lines) + "\n```\n", Samples.QaFile);

        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Problems, p => p.Field == "trades[0].size_dollars");
        Assert.Equal(sizeLine + 2, problem.Line);
    }

    [Theory]
    [InlineData("Here is the report:\n```json\n", "\n```\n")]
    [InlineData("```yaml\n", "\n```\n")]
    [InlineData("```json\n", "\n```\n```json\n{}\n```\n")]
    public void Resolution23_text_around_the_fence_or_a_second_fence_is_still_refused(string before, string after)
    {
        var result = QaReportReader.Read(before + Samples.Qa + after, Samples.QaFile);

        Assert.False(result.IsValid);
        var fenceLine = before.Split('\n').Length - 1;
        Assert.Contains(result.Problems, p => p.Message.Contains("holds a Markdown code fence, but not as the whole file", StringComparison.Ordinal)
            && p.Message.Contains("wrapped in exactly one fence", StringComparison.Ordinal) && p.Line == fenceLine);
    }
}
