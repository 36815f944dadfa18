using System.Runtime.InteropServices;

namespace PortfolioOrchestrator.Refresh.Command;

/// <summary>
/// Signals a whole POSIX process group (<c>kill(-pgid, sig)</c>), so the children a shell started stop
/// with it. The group is the one <c>setsid</c> made for the command: its id is the command's pid.
/// </summary>
internal static partial class ProcessGroup
{
    private const int SigTerm = 15;
    private const int SigKill = 9;

    /// <summary>Asks every process of the group to stop; false when none is left.</summary>
    public static bool Terminate(int groupId) => Signal(groupId, SigTerm);

    public static bool Kill(int groupId) => Signal(groupId, SigKill);

    /// <summary>Whether any process of the group is still alive (signal 0 checks without sending).</summary>
    public static bool IsAlive(int groupId) => Signal(groupId, 0);

    private static bool Signal(int groupId, int signal) => groupId > 1 && SendSignal(-groupId, signal) == 0;

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int SendSignal(int pid, int signal);
}
