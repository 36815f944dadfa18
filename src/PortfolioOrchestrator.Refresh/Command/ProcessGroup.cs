using System.Globalization;
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

    /// <summary>
    /// Whether a process of the group still runs. Where <c>/proc</c> exists a member that has exited but was
    /// not reaped yet (a zombie, which <c>kill(2)</c> still finds — a container's first process may never reap
    /// orphans) does not count; elsewhere signal 0 checks without sending.
    /// </summary>
    public static bool IsAlive(int groupId)
    {
        if (groupId <= 1)
        {
            return false;
        }

        return Directory.Exists("/proc") ? RunningMembers(groupId) : Signal(groupId, 0);
    }

    private static bool RunningMembers(int groupId)
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            var name = Path.GetFileName(directory);
            if (name.Length == 0 || !char.IsAsciiDigit(name[0]))
            {
                continue;
            }

            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(directory, "stat"));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                continue; // gone meanwhile, or not ours to read
            }

            // "pid (comm) state ppid pgrp …": comm may hold spaces and parentheses, so fields count from the last ')'.
            var fields = stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length > 2
                && fields[0] is not ("Z" or "X")
                && int.TryParse(fields[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var group)
                && group == groupId)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Signal(int groupId, int signal) => groupId > 1 && SendSignal(-groupId, signal) == 0;

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int SendSignal(int pid, int signal);
}
