namespace PortfolioOrchestrator.Domain.Tests.Runs;

public sealed class EscalationStepsTests
{
    [Theory]
    [InlineData(EscalationStep.Step1, "STEP 1")]
    [InlineData(EscalationStep.Step2A, "STEP 2A")]
    [InlineData(EscalationStep.Step2B, "STEP 2B")]
    [InlineData(EscalationStep.Step2C, "STEP 2C")]
    [InlineData(EscalationStep.Step3C, "STEP 3C")]
    [InlineData(EscalationStep.Step4, "STEP 4")]
    [InlineData(EscalationStep.Step5, "STEP 5")]
    [InlineData(EscalationStep.Step6, "STEP 6")]
    [InlineData(EscalationStep.Resume, "RESUME")]
    public void Each_step_is_written_as_the_seed_writes_it_and_read_back(EscalationStep step, string text)
    {
        Assert.Equal(text, step.Text());
        Assert.Equal(step, EscalationSteps.FromText(text));
    }

    [Fact]
    public void Every_step_has_a_text() =>
        Assert.All(Enum.GetValues<EscalationStep>(), step => Assert.StartsWith(step == EscalationStep.Resume ? "RESUME" : "STEP ", step.Text(), StringComparison.Ordinal));

    [Fact]
    public void A_text_no_step_has_reads_as_none() => Assert.Null(EscalationSteps.FromText("STEP 9"));
}
