using System.Text;
using PortfolioOrchestrator.Domain.Engine;
using PortfolioOrchestrator.Domain.Inputs.CrossChecks;
using PortfolioOrchestrator.Domain.Primitives;
using PortfolioOrchestrator.Domain.Runs;

namespace PortfolioOrchestrator.Domain.Steps.Step3;

/// <summary>STEP 3A/3B: the execution queue and the run's initial state.</summary>
public static class RunFactory
{
    public static RunSnapshot Create(RunRequest request, int runNumber, DateTimeOffset now, string brokerName)
    {
        var report = QaReportReconciliation.Apply(request.Portfolio, request.Report, now);
        var runId = RunId.Create($"R-{Sanitize(report.ReportId)}-{runNumber}");
        var trades = ExecutionQueue.Build(report.Trades)
            .Select((trade, index) => new TradeExecution
            {
                Sequence = index,
                Trade = trade,
                Status = trade.IsApproved ? TradeStatus.Queued : TradeStatus.NotApproved,
                Reason = trade.IsApproved ? null : $"Gate is {trade.Gate}, not {QualityAssurance.ApprovalGate.ApprovedForExecution}",
            })
            .ToList();
        var header = new RunHeader
        {
            RunId = runId,
            ReportId = report.ReportId,
            StartedAt = now,
            UpdatedAt = now,
            Broker = brokerName,
            TotalValue = request.Portfolio.TotalValue,
            StartCash = request.Portfolio.TotalCash,
            RunningCash = request.Portfolio.TotalCash,
            Warnings = [.. request.Portfolio.Warnings, .. report.Warnings],
        };
        var inputs = new RunInputs
        {
            Portfolio = request.Portfolio,
            Policy = request.Policy,
            QaContext = report.PortfolioContext,
            BrokerSpec = request.BrokerSpec,
            FixedNow = request.FixedNow,
            SourceTexts = request.SourceTexts,
            OutputDirectory = request.OutputDirectory,
            PortfolioPath = request.PortfolioPath,
            RefreshMode = request.RefreshMode,
        };
        return new RunSnapshot(header, inputs, trades, []);
    }

    /// <summary>Keeps letters, digits, '-' and '.' so a run id is safe in paths and commands.</summary>
    private static string Sanitize(string reportId)
    {
        var builder = new StringBuilder();
        foreach (var c in reportId)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_');
        }

        var text = builder.ToString().Trim('.');
        return text.Length switch
        {
            0 => "report",
            > 60 => text[..60],
            _ => text,
        };
    }
}
