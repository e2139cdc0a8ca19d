using System.Diagnostics;
using System.IO.Compression;

// Usage: Brotli <folder of .html files> [repeats]
// Compresses every page in the folder at each Brotli quality from 0 to 11 (window 22, in process, as the site
// and the export do) and prints the CPU time per page (the best of the repeats) and the median and largest
// compressed size, so the qualities the site serves and the export writes can be chosen on the real pages.
if (args.Length < 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Brotli <folder of .html files> [repeats]");
    return 2;
}

var repeats = args.Length > 1 && int.TryParse(args[1], out var r) && r > 0 ? r : 3;
var pages = Directory.EnumerateFiles(args[0], "*.html").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
if (pages.Count == 0)
{
    Console.Error.WriteLine($"no .html files in {args[0]}");
    return 1;
}

var sizes = pages.Select(p => p.Length).Order().ToList();
Console.WriteLine($"{pages.Count} pages; uncompressed median {sizes[sizes.Count / 2] / 1024.0:0.0} KiB, largest {sizes[^1] / 1024.0:0.0} KiB");
Console.WriteLine($"{"quality",7} {"us/page",8} {"median KiB",11} {"largest KiB",12}");
var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(sizes[^1])];
for (var quality = 0; quality <= 11; quality++)
{
    var best = double.MaxValue;
    var compressed = new List<int>(pages.Count);
    for (var repeat = 0; repeat < repeats; repeat++)
    {
        compressed.Clear();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var page in pages)
        {
            if (!BrotliEncoder.TryCompress(page, buffer, out var written, quality, 22))
            {
                throw new InvalidOperationException("the buffer was too small");
            }

            compressed.Add(written);
        }

        best = Math.Min(best, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / pages.Count);
    }

    compressed.Sort();
    Console.WriteLine($"{quality,7} {best,8:0} {compressed[compressed.Count / 2] / 1024.0,11:0.00} {compressed[^1] / 1024.0,12:0.00}");
}

return 0;
