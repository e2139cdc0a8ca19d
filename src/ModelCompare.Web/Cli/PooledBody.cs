using System.Buffers;

namespace ModelCompare.Web.Cli;

/// <summary>
/// A response body read into an array from the shared pool, returned to it on dispose. A pair page is
/// larger than the runtime's large-object threshold, so reading each into a fresh array (and growing a
/// stream to get there) made the export spend nearly half its time collecting garbage.
/// </summary>
internal sealed class PooledBody : IDisposable
{
    private const int FirstSize = 256 * 1024;
    private byte[]? _array;

    private PooledBody(byte[] array, int length)
    {
        _array = array;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => (_array ?? throw new ObjectDisposedException(nameof(PooledBody))).AsSpan(0, Length);

    public static async Task<PooledBody> ReadAsync(Stream source, CancellationToken cancel)
    {
        var array = ArrayPool<byte>.Shared.Rent(FirstSize);
        var length = 0;
        try
        {
            int read;
            while ((read = await source.ReadAsync(array.AsMemory(length), cancel)) > 0)
            {
                length += read;
                if (length == array.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(array.Length * 2);
                    array.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(array);
                    array = larger;
                }
            }

            return new PooledBody(array, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(array);
            throw;
        }
    }

    public void Dispose()
    {
        if (_array is { } array)
        {
            _array = null;
            ArrayPool<byte>.Shared.Return(array);
        }
    }
}
