using System.Diagnostics;
using SkiaSharp;

// Usage: Png <folder of .png files> [repeats]
// Decodes every share preview in the folder once, then encodes all of them with each row filter and zlib level
// SkiaSharp's PNG encoder offers, and prints the CPU time per image and the bytes per image for each setting.
// PNG is lossless, so every setting keeps the image exactly as drawn; the distinct-colour count says whether an
// indexed (palette) PNG could hold the image without changing it (at most 256 colours).
if (args.Length < 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Png <folder of .png files> [repeats]");
    return 2;
}

var repeats = args.Length > 1 && int.TryParse(args[1], out var r) && r > 0 ? r : 3;
var images = Directory.EnumerateFiles(args[0], "*.png").Order(StringComparer.Ordinal)
    .Select(SKBitmap.Decode).OfType<SKBitmap>().ToList();
if (images.Count == 0)
{
    Console.Error.WriteLine($"no PNG files in {args[0]}");
    return 1;
}

var colours = images.Select(b => b.Pixels.Distinct().Count()).Order().ToList();
Console.WriteLine($"{images.Count} images, {images[0].Width}x{images[0].Height}; distinct colours per image: "
    + $"min {colours[0]}, median {colours[colours.Count / 2]}, max {colours[^1]} (a palette holds 256)");

(string Name, SKPngEncoderFilterFlags Flags)[] filters =
[
    ("none", SKPngEncoderFilterFlags.NoFilters),
    ("sub", SKPngEncoderFilterFlags.Sub),
    ("up", SKPngEncoderFilterFlags.Up),
    ("paeth", SKPngEncoderFilterFlags.Paeth),
    ("all", SKPngEncoderFilterFlags.AllFilters),
];
int[] levels = [1, 3, 6, 9];

Console.WriteLine($"{"filter",-7} {"zlib",4} {"ms/image",9} {"KiB/image",10}");
foreach (var (name, flags) in filters)
{
    foreach (var level in levels)
    {
        var options = new SKPngEncoderOptions(flags, level);
        long bytes = 0;
        var best = double.MaxValue;
        for (var i = 0; i < repeats; i++)
        {
            bytes = 0;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var image in images)
            {
                using var pixels = image.PeekPixels();
                using var data = pixels.Encode(options) ?? throw new InvalidOperationException("encoding failed");
                bytes += data.Size;
            }

            var ms = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / images.Count;
            best = Math.Min(best, ms);
        }

        Console.WriteLine($"{name,-7} {level,4} {best,9:F2} {bytes / 1024.0 / images.Count,10:F1}");
    }
}

return 0;
