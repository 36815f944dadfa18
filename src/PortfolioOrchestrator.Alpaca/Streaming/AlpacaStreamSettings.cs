namespace PortfolioOrchestrator.Alpaca.Streaming;

/// <summary>
/// How the adapter keeps Alpaca's <c>trade_updates</c> stream. The stream guards a real socket, so its
/// timeouts and reconnect delays run on the wall clock.
/// </summary>
public sealed record AlpacaStreamSettings
{
    /// <summary>How long connecting, authenticating and the listen acknowledgement may take together. <value>The default value is 5 s.</value></summary>
    public TimeSpan HandshakeTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The wait before reconnecting after a drop or a failed connect; it doubles. <value>The default value is 1 s.</value></summary>
    public TimeSpan FirstReconnectDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between reconnects. <value>The default value is 30 s.</value></summary>
    public TimeSpan MaxReconnectDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the socket is pinged. <value>The default value is 10 s.</value></summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an unanswered ping may go before the stream counts as dropped. <value>The default value is 20 s.</value></summary>
    public TimeSpan KeepAliveTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How long the first submission waits for the stream's first connection to succeed or fail. <value>The default value is 3 s.</value></summary>
    public TimeSpan FirstConnectWait { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// How long an open order is answered from the stream alone; after that a look-up asks Alpaca once
    /// more, in case the stream went quiet without saying so. <value>The default value is 60 s.</value>
    /// </summary>
    public TimeSpan TrustWithoutReadFor { get; init; } = TimeSpan.FromSeconds(60);
}
