namespace ModelCompare.Tests.Shared;

/// <summary>
/// Files that are not regular files: a named pipe (opening it to read blocks until something writes), a
/// socket, a device and a link to a pipe. Made the way an attacker or a stray tool would make them.
/// One file, compiled into each test project that makes them.
/// </summary>
internal static class SpecialFiles
{
    public const string NamedPipe = "a named pipe (FIFO)";
    public const string Socket = "a socket";
    public const string CharacterDevice = "a character device";
    public const string LinkToPipe = "a symbolic link to a named pipe";

    /// <summary>Makes <paramref name="path"/> a special file of <paramref name="kind"/>; returns how the reader must describe it.</summary>
    public static string Make(string path, string kind)
    {
        switch (kind)
        {
            case NamedPipe:
                Run("mkfifo", path);
                return NamedPipe;
            case Socket:
                // .NET removes the file a socket was bound to when the socket is closed: bind beside the path,
                // then move the socket file into place, where it stays.
                var bound = path + ".bound";
                using (var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified))
                {
                    socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(bound));
                    File.Move(bound, path);
                }

                return Socket;
            case CharacterDevice:
                // A device node of its own (/dev/zero's numbers) where mknod is allowed (root), else a link to
                // /dev/zero: a character device that never ends either way.
                if (!TryRun("mknod", path, "c", "1", "5"))
                {
                    File.CreateSymbolicLink(path, "/dev/zero");
                }

                return CharacterDevice;
            default:
                var pipe = path + ".pipe~";
                Run("mkfifo", pipe);
                File.CreateSymbolicLink(path, pipe);
                return NamedPipe;
        }
    }

    private static void Run(string program, params string[] args) => Assert.True(TryRun(program, args), $"{program} {string.Join(' ', args)} failed");

    private static bool TryRun(string program, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program) { RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode == 0;
    }
}
