using System.Diagnostics;
using PortfolioOrchestrator.Journal.Tests.Fixtures;
using PortfolioOrchestrator.Testing.Files;

namespace PortfolioOrchestrator.Journal.Tests;

public sealed class StateDirectoryLockTests : IDisposable
{
    private readonly TempDirectory _state = new("journal");

    public void Dispose() => _state.Dispose();

    [Fact]
    public void A_second_acquire_fails_while_the_first_is_held()
    {
        var first = StateDirectoryLock.TryAcquire(_state.Path);
        using var held = first.Lock;

        var second = StateDirectoryLock.TryAcquire(_state.Path);

        Assert.True(first.Acquired);
        Assert.False(second.Acquired);
        Assert.Null(second.Lock);
        Assert.Equal(
            $"Another po process is using state directory {_state.Path}; wait for it to finish, or use another --state directory.",
            second.Failure);
    }

    [Fact]
    public void The_lock_can_be_taken_again_after_dispose()
    {
        StateDirectoryLock.TryAcquire(_state.Path).Lock!.Dispose();

        var again = StateDirectoryLock.TryAcquire(_state.Path);
        using var held = again.Lock;

        Assert.True(again.Acquired);
        Assert.Null(again.Failure);
        Assert.True(File.Exists(Path.Combine(_state.Path, "po.lock")));
    }

    [Fact]
    public void Acquiring_creates_the_state_directory()
    {
        var state = Path.Combine(_state.Path, "new", "state");

        using var held = StateDirectoryLock.TryAcquire(state).Lock;

        Assert.NotNull(held);
        Assert.Equal(Path.Combine(state, "po.lock"), held.LockFilePath);
    }

    [Fact]
    public void A_lock_held_by_another_process_is_refused_and_is_free_right_after_that_process_is_killed()
    {
        using var child = ChildProcess.Start("hold-lock", _state.Path);
        Assert.Equal("locked", child.ReadFirstLine());

        var whileHeld = StateDirectoryLock.TryAcquire(_state.Path);
        Assert.False(whileHeld.Acquired);
        Assert.Contains("Another po process is using state directory", whileHeld.Failure, StringComparison.Ordinal);

        child.KillHard();

        var afterCrash = StateDirectoryLock.TryAcquire(_state.Path);
        using var held = afterCrash.Lock;
        Assert.True(afterCrash.Acquired);
    }

    [Fact]
    public void Another_process_is_refused_while_this_one_holds_the_lock()
    {
        using (StateDirectoryLock.TryAcquire(_state.Path).Lock)
        {
            using var refused = ChildProcess.Start("try-lock", _state.Path);
            Assert.StartsWith("refused: Another po process is using state directory", refused.ReadFirstLine(), StringComparison.Ordinal);
            Assert.Equal(LockHolderProgram.Refused, refused.WaitForExitCode());
        }

        using var allowed = ChildProcess.Start("try-lock", _state.Path);
        Assert.Equal("locked", allowed.ReadFirstLine());
        Assert.Equal(0, allowed.WaitForExitCode());
    }

    [Fact]
    public void A_process_with_file_locking_switched_off_is_refused()
    {
        using var child = ChildProcess.Start("try-lock", _state.Path, new Dictionary<string, string> { ["DOTNET_SYSTEM_IO_DISABLEFILELOCKING"] = "1" });

        Assert.StartsWith("refused: File locking is switched off", child.ReadFirstLine(), StringComparison.Ordinal);
        Assert.Equal(LockHolderProgram.Refused, child.WaitForExitCode());
    }

    [Fact]
    public void On_linux_the_lock_is_a_kernel_flock_that_flock_1_sees()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/flock"))
        {
            return;
        }

        var lockFile = Path.Combine(_state.Path, "po.lock");
        using (StateDirectoryLock.TryAcquire(_state.Path).Lock)
        {
            Assert.Equal(1, Flock(lockFile));
        }

        Assert.Equal(0, Flock(lockFile));
    }

    // flock(1) exits 1 when the non-blocking exclusive lock is already taken.
    private static int Flock(string lockFile)
    {
        var start = new ProcessStartInfo("/usr/bin/flock") { UseShellExecute = false };
        foreach (var argument in new[] { "--nonblock", "--exclusive", "--conflict-exit-code", "1", lockFile, "true" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
