namespace PortfolioOrchestrator.Domain.Runs;

/// <summary>An escalation step's text as the seed writes it, and back.</summary>
public static class EscalationSteps
{
    private static readonly Dictionary<EscalationStep, string> Texts = new()
    {
        [EscalationStep.Step1] = "STEP 1",
        [EscalationStep.Step2A] = "STEP 2A",
        [EscalationStep.Step2B] = "STEP 2B",
        [EscalationStep.Step2C] = "STEP 2C",
        [EscalationStep.Step3C] = "STEP 3C",
        [EscalationStep.Step4] = "STEP 4",
        [EscalationStep.Step5] = "STEP 5",
        [EscalationStep.Step6] = "STEP 6",
        [EscalationStep.Resume] = "RESUME",
    };

    /// <summary>The step as reports and the journal write it: <c>STEP 1</c> … <c>STEP 6</c>, <c>RESUME</c>.</summary>
    public static string Text(this EscalationStep step) => Texts[step];

    /// <summary>The step written as <paramref name="text"/>, or null for a text no step has.</summary>
    public static EscalationStep? FromText(string text)
    {
        foreach (var (step, written) in Texts)
        {
            if (written == text)
            {
                return step;
            }
        }

        return null;
    }

    /// <summary>Whether the step is part of STEP 2 (2A, 2B or 2C).</summary>
    public static bool IsStep2(this EscalationStep step) => step is EscalationStep.Step2A or EscalationStep.Step2B or EscalationStep.Step2C;
}
