using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ModelCompare.Data.Files;

/// <summary>What kind of file system entry a path names, as far as reading it is concerned.</summary>
internal enum FileKind
{
    /// <summary>A regular file (or the kind could not be told on this system): it may be read.</summary>
    Regular,
    Directory,
    NamedPipe,
    Socket,
    CharacterDevice,
    BlockDevice,
    Missing,
}

/// <summary>
/// Opens a data file only when it is a regular file. Opening a named pipe (FIFO) for reading blocks until
/// something writes to it, and a device may block or never end, so the kind is checked first (through
/// symbolic links, as reading would follow them), the file is opened without blocking, and the kind of
/// what was opened is checked again, so a file swapped for a pipe in between is caught too. .NET has no
/// public call that tells a pipe from a file, so on Linux this asks the kernel (<c>statx</c>, whose layout
/// is the same on every architecture); elsewhere the file is opened as .NET opens it. (The open flags'
/// values are those of x86-64 and ARM64 Linux.)
/// </summary>
internal static partial class RegularFile
{
    private const int AtFdCwd = -100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1;
    private const int OpenReadOnlyNonBlocking = 0x800 | 0x100 | 0x80000; // O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC

    /// <summary>
    /// True where the kernel can be asked: Linux with a C library that has <c>statx</c> (glibc 2.28, musl
    /// 1.2.5). Where the call is missing, files are opened as .NET opens them.
    /// </summary>
    private static readonly bool Native = OperatingSystem.IsLinux() && CanCallStatx();

    /// <summary>The kind of file <paramref name="path"/> leads to (following symbolic links).</summary>
    public static FileKind KindOf(string path)
    {
        if (!Native)
        {
            return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        }

        return Statx(AtFdCwd, path, 0, StatxType, out var status) == 0 ? KindOf(status.Mode) : FileKind.Missing;
    }

    private static bool CanCallStatx()
    {
        try
        {
            _ = Statx(AtFdCwd, "/", 0, StatxType, out _);
            return true;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// Opens the file for reading when it is a regular file; otherwise returns null and says what it is.
    /// Never blocks on a pipe or a device.
    /// </summary>
    /// <exception cref="IOException">The file cannot be opened (as <see cref="FileStream"/> would report it).</exception>
    /// <exception cref="UnauthorizedAccessException">Permission denied.</exception>
    public static FileStream? OpenRead(string path, out FileKind kind)
    {
        kind = KindOf(path);
        if (kind is not (FileKind.Regular or FileKind.Missing))
        {
            return null;
        }

        if (!Native)
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }

        var fd = Open(path, OpenReadOnlyNonBlocking);
        if (fd < 0)
        {
            // Let .NET say why, in its own exception types (permission, missing file, loop, I/O error), unless
            // the path has become something whose open would block.
            kind = KindOf(path);
            return kind is FileKind.Regular or FileKind.Missing
                ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete)
                : null;
        }

        var handle = new SafeFileHandle(fd, ownsHandle: true);
        try
        {
            kind = Statx(fd, "", AtEmptyPath, StatxType, out var status) == 0 ? KindOf(status.Mode) : FileKind.Regular;
            if (kind != FileKind.Regular)
            {
                handle.Dispose();
                return null;
            }

            return new FileStream(handle, FileAccess.Read);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>"a named pipe (FIFO)", for a message that says why a file is not read.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "a folder",
        FileKind.NamedPipe => "a named pipe (FIFO)",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Missing => "missing",
        _ => "a regular file",
    };

    private static FileKind KindOf(ushort mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0x1000 => FileKind.NamedPipe,
        0xC000 => FileKind.Socket,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        _ => FileKind.Regular, // a symbolic link is followed, so it is never the final kind
    };

    /// <summary>The start of Linux's <c>struct statx</c> (256 bytes; its layout does not vary by architecture).</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct StatxBuffer
    {
        public uint Mask;
        public uint BlockSize;
        public ulong Attributes;
        public uint Links;
        public uint Uid;
        public uint Gid;
        public ushort Mode;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int directory, string path, int flags, uint mask, out StatxBuffer status);

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);
}
