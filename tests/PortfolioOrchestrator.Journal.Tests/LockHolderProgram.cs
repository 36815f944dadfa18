namespace PortfolioOrchestrator.Journal.Tests;

/// <summary>
/// The test assembly's entry point, used as a second process by the lock tests:
/// <c>dotnet PortfolioOrchestrator.Journal.Tests.dll hold-lock DIR</c> takes DIR's lock, says
/// <c>locked</c> and waits to be killed; <c>try-lock DIR</c> says whether it could take it.
/// </summary>
public static class LockHolderProgram
{
    public const int Refused = 3;

    public static int Main(string[] args)
    {
        if (args is not [var verb, var directory])
        {
            return 0;
        }

        var result = StateDirectoryLock.TryAcquire(directory);
        if (!result.Acquired)
        {
            Console.Out.WriteLine("refused: " + result.Failure);
            return Refused;
        }

        using var heldLock = result.Lock!;
        Console.Out.WriteLine("locked");
        Console.Out.Flush();
        if (verb == "hold-lock")
        {
            // Bounded so that a child outliving a failed test does not linger for ever.
            Thread.Sleep(TimeSpan.FromMinutes(2));
        }

        return 0;
    }
}
