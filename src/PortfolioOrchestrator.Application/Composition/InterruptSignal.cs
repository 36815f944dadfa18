using System.Runtime.InteropServices;

namespace PortfolioOrchestrator.Application.Composition;

/// <summary>
/// CONTRACT Resolution 19: the first SIGINT or SIGTERM asks the run to stop at its next safe point
/// (the engine's <c>StopRequested</c>) instead of ending the process; a second one is left to the
/// runtime, which ends the process at once — the journal is durable, so <c>po resume</c> still settles it.
/// </summary>
public sealed class InterruptSignal : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<PosixSignalRegistration> _registrations = [];

    private InterruptSignal()
    {
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            _registrations.Add(PosixSignalRegistration.Create(signal, OnSignal));
        }
    }

    /// <summary>Cancelled when a stop was asked for.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>Listens for SIGINT and SIGTERM until disposed.</summary>
    public static InterruptSignal Listen() => new();

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _stop.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        context.Cancel = true;
        _stop.Cancel();
    }
}
