namespace PortfolioOrchestrator.Domain.Runs;

/// <summary>The seed's step an escalation was raised at; reports print <see cref="EscalationSteps.Text"/> (<c>STEP 3C</c>, …).</summary>
public enum EscalationStep
{
    /// <summary>STEP 1: PORTFOLIO.md's freshness.</summary>
    Step1,

    /// <summary>STEP 2A: sector drift since approval.</summary>
    Step2A,

    /// <summary>STEP 2B: the buffer if every pending trade executed.</summary>
    Step2B,

    /// <summary>STEP 2C: refresh timing.</summary>
    Step2C,

    /// <summary>STEP 3C: the sequential execution loop.</summary>
    Step3C,

    /// <summary>STEP 4: fill monitoring.</summary>
    Step4,

    /// <summary>STEP 5: sector caps after execution.</summary>
    Step5,

    /// <summary>STEP 6: the buffer after execution.</summary>
    Step6,

    /// <summary>A resumed run's reconciliation with the venue (CONTRACT Resolution 12), before any step continues.</summary>
    Resume,
}
