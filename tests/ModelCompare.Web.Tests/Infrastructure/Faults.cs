using System.Diagnostics;

namespace ModelCompare.Web.Tests.Infrastructure;

/// <summary>
/// Real faults in a data folder or a database folder. Root reads and writes through permission bits, so
/// where chmod has no effect an equivalent fault is used instead: an unreadable file becomes a link to
/// this process's memory at offset 0 (reading it fails with EIO), and a read-only folder is made
/// immutable (chattr +i).
/// </summary>
public static class Faults
{
    public static void MakeUnreadable(string file)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The fault tests use Unix file modes.");
        }

        File.SetUnixFileMode(file, UnixFileMode.None);
        try
        {
            File.ReadAllBytes(file);
        }
        catch (UnauthorizedAccessException)
        {
            return;
        }

        File.Delete(file);
        File.CreateSymbolicLink(file, "/proc/self/mem");
    }

    public static void MakeReadOnly(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The fault tests use Unix file modes.");
        }

        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        if (CanWrite(folder))
        {
            Run("chattr", "+i", folder);
        }

        Assert.False(CanWrite(folder), $"{folder} could not be made read-only");
    }

    /// <summary>Undoes <see cref="MakeReadOnly"/> and unreadable files, so the folder can be deleted.</summary>
    public static void Undo(FixtureFolder folder)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The fault tests use Unix file modes.");
        }

        if (Directory.Exists(folder.DatabaseDirectory))
        {
            Run("chattr", "-i", folder.DatabaseDirectory, mayFail: true);
            File.SetUnixFileMode(folder.DatabaseDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        if (Directory.Exists(folder.Data))
        {
            foreach (var file in Directory.EnumerateFiles(folder.Data, "*", SearchOption.AllDirectories).Where(f => new FileInfo(f).LinkTarget is null))
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
    }

    /// <summary>Overwrites a run of bytes in the middle of a SQLite file: its pages no longer check out.</summary>
    public static void CorruptPages(string database)
    {
        var bytes = File.ReadAllBytes(database);
        for (var i = bytes.Length / 3; i < bytes.Length / 3 + 4096 && i < bytes.Length; i++)
        {
            bytes[i] = 0xA5;
        }

        File.WriteAllBytes(database, bytes);
    }

    private static bool CanWrite(string folder)
    {
        var probe = Path.Combine(folder, ".probe");
        try
        {
            File.WriteAllText(probe, "x");
            File.Delete(probe);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void Run(string program, string argument, string path, bool mayFail = false)
    {
        using var process = Process.Start(new ProcessStartInfo(program) { ArgumentList = { argument, path }, RedirectStandardError = true, RedirectStandardOutput = true })!;
        process.WaitForExit();
        Assert.True(mayFail || process.ExitCode == 0, $"{program} {argument} {path} failed: {process.StandardError.ReadToEnd()}");
    }
}
