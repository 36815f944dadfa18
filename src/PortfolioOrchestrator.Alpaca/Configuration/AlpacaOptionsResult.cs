using System.Diagnostics.CodeAnalysis;

namespace PortfolioOrchestrator.Alpaca.Configuration;

/// <summary>Either usable options or a message saying what is wrong with the environment (never containing a key).</summary>
public sealed class AlpacaOptionsResult
{
    private AlpacaOptionsResult(AlpacaOptions? options, string? error)
    {
        Options = options;
        Error = error;
    }

    public AlpacaOptions? Options { get; }

    public string? Error { get; }

    [MemberNotNullWhen(true, nameof(Options))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Options is not null;

    public static AlpacaOptionsResult Success(AlpacaOptions options) => new(options, null);

    public static AlpacaOptionsResult Failure(string error) => new(null, error);

    public override string ToString() => IsSuccess ? Options.ToString() : "Alpaca configuration error: " + Error;
}
