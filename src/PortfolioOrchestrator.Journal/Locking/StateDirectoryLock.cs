using System.Globalization;
using System.Text;

namespace PortfolioOrchestrator.Journal;

/// <summary>
/// One writer per state directory: an exclusive OS lock on <c>&lt;state&gt;/po.lock</c>, held by an open
/// handle. .NET takes it with <c>flock(LOCK_EX | LOCK_NB)</c> on Linux and as a sharing lock on
/// Windows; either way the kernel drops it when the process ends, however it ends, so a crash never
/// leaves a stale lock. The file itself is never deleted (deleting it would let two processes lock two
/// different files).
/// </summary>
public sealed class StateDirectoryLock : IDisposable
{
    public const string FileName = "po.lock";

    // How .NET reports a lock held through another handle: Windows' ERROR_SHARING_VIOLATION, or on
    // Unix the errno of the refused flock, EWOULDBLOCK (11 on Linux, 35 on macOS).
    private const int SharingViolation = unchecked((int)0x80070020);
    private const int WouldBlockLinux = 11;
    private const int WouldBlockMac = 35;

    private readonly FileStream _handle;

    private StateDirectoryLock(string path, FileStream handle)
    {
        LockFilePath = path;
        _handle = handle;
    }

    public string LockFilePath { get; }

    /// <summary>Takes the state directory's lock without waiting; creates the directory if needed.</summary>
    public static StateLockResult TryAcquire(string stateDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stateDirectory);
        var directory = Path.GetFullPath(stateDirectory);
        var path = Path.Combine(directory, FileName);
        if (FileLockingDisabled())
        {
            return StateLockResult.Refused(
                $"File locking is switched off in this process (DOTNET_SYSTEM_IO_DISABLEFILELOCKING), so state directory {directory} " +
                "cannot be protected from a second po; unset it and run again.");
        }

        FileStream? handle = null;
        try
        {
            Directory.CreateDirectory(directory);
            handle = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            WriteOwner(handle);
            return StateLockResult.Held(new StateDirectoryLock(path, handle));
        }
        catch (IOException exception) when (exception.HResult is SharingViolation or WouldBlockLinux or WouldBlockMac)
        {
            handle?.Dispose();
            return StateLockResult.HeldElsewhere(
                $"Another po process is using state directory {directory}; wait for it to finish, or use another --state directory.");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            handle?.Dispose();
            return StateLockResult.Refused(
                $"The state directory {directory} cannot be locked ({exception.Message}); check that it is writable.");
        }
    }

    /// <summary>Releases the lock; the lock file stays.</summary>
    public void Dispose() => _handle.Dispose();

    // The runtime's switch that turns FileShare.None into no lock at all.
    private static bool FileLockingDisabled() =>
        (AppContext.TryGetSwitch("System.IO.DisableFileLocking", out var disabled) && disabled)
        || Environment.GetEnvironmentVariable("DOTNET_SYSTEM_IO_DISABLEFILELOCKING") is "1" or "true" or "TRUE" or "True";

    // For a person looking at the directory only: who holds it is the kernel's business, not the file's.
    private static void WriteOwner(FileStream handle)
    {
        var owner = Encoding.UTF8.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");
        handle.SetLength(0);
        handle.Write(owner);
        handle.Flush();
    }
}
