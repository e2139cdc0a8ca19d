using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace ModelCompare.Web.Hosting;

/// <summary>
/// The Brotli the site sends and the export writes: quality 2, window 22 (bench/brotli, on 200 pair pages of
/// some 39 KiB). ASP.NET's provider only takes a <see cref="CompressionLevel"/>, and its fastest level is quality
/// 1, which took 837 µs a page for a median of 10.34 KiB; quality 2 took 197 µs for 9.62 KiB, and the export's
/// former quality 4 took 384 µs for 9.02 KiB. The export writes its <c>.br</c> files at the same quality, so a
/// static host sends what the live site does.
/// </summary>
public sealed class BrotliResponses : ICompressionProvider
{
    /// <summary>The Brotli quality (0-11).</summary>
    public const int Quality = 2;

    /// <summary>The Brotli window, as a power of two (the encoder's default).</summary>
    public const int Window = 22;

    public string EncodingName => "br";

    public bool SupportsFlush => true;

    /// <summary>
    /// The compressor leaves the stream beneath it open, as ASP.NET's own providers do: pages are compressed inside
    /// the output cache, whose stream must still hold the compressed bytes when the compressor is done.
    /// </summary>
    public Stream CreateStream(Stream outputStream) =>
        new BrotliStream(outputStream, new BrotliCompressionOptions { Quality = Quality }, leaveOpen: true);
}
