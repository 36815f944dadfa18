namespace PortfolioOrchestrator.Inputs.Portfolio;

/// <summary>The text written after a label, and its 1-based line.</summary>
internal sealed record LabelValue(int Line, string Text);
