using System.Text;
using ModelCompare.Tests.Shared;

namespace ModelCompare.Data.Tests;

/// <summary>
/// Ways an editor's save (or a bad copy, or a hostile contributor) can break a data file, each applied to
/// a copy of the valid fixture. Every one must come back from validation as a located problem.
/// </summary>
internal static class BrokenFiles
{
    private const string Model = "models/openai/gpt-4o.md";
    private const string Route = "routes/openai/gpt-4o.yaml";
    private const string Provider = "providers/openai.md";
    private const string Benchmark = "benchmarks/gpqa-diamond.yaml";

    /// <summary>A kind of breakage: what it does to the folder, and the file or folder the problem must name.</summary>
    public sealed record Kind(string Name, Action<DataFolder> Break, string Where);

    public static readonly IReadOnlyList<Kind> All =
    [
        // Files and folders that cannot be read as data files.
        new("an unreadable file", f => MakeUnreadable(f.PathOf(Model)), Model),
        new("a dangling symbolic link", f => File.CreateSymbolicLink(f.PathOf("providers/ghost.md"), f.PathOf("providers/nowhere.md")), "providers/ghost.md"),
        new("a symbolic link loop", f => { File.CreateSymbolicLink(f.PathOf("providers/loop-a.md"), f.PathOf("providers/loop-b.md")); File.CreateSymbolicLink(f.PathOf("providers/loop-b.md"), f.PathOf("providers/loop-a.md")); }, "providers/loop-a.md"),
        new("a named pipe (FIFO)", f => SpecialFiles.Make(f.PathOf("models/openai/zz.md"), SpecialFiles.NamedPipe), "models/openai/zz.md"),
        new("a Unix socket", f => SpecialFiles.Make(f.PathOf("providers/zz.md"), SpecialFiles.Socket), "providers/zz.md"),
        new("a character device", f => SpecialFiles.Make(f.PathOf("routes/openai/zz.yaml"), SpecialFiles.CharacterDevice), "routes/openai/zz.yaml"),
        new("a symbolic link to a named pipe", f => SpecialFiles.Make(f.PathOf("benchmarks/zz.yaml"), SpecialFiles.LinkToPipe), "benchmarks/zz.yaml"),
        new("a symbolic link to a file outside the data folder", f => { File.WriteAllText(Path.Combine(f.Root, "secret.md"), "---\nname: hunter2\n---\n"); File.CreateSymbolicLink(f.PathOf("providers/secret.md"), Path.Combine(f.Root, "secret.md")); }, "providers/secret.md"),
        new("a maker folder that links outside the data folder", f => { Directory.CreateDirectory(Path.Combine(f.Root, "elsewhere")); Directory.CreateSymbolicLink(f.PathOf("models/elsewhere"), Path.Combine(f.Root, "elsewhere")); }, "models/elsewhere"),
        new("an editor backup beside a broken file", f => { f.Write("models/openai/gpt-4o.md~", "not data"); f.Replace(Model, "name: GPT-4o", "name: [GPT-4o"); }, Model),
        new("a file name with a line break", f => f.Write("providers/a\nb.md", "x"), "providers/a\nb.md"),
        new("400 nested emphasis marks in a body", f => f.Replace(Model, "GPT-4o is *OpenAI's* omni model.", new string('*', 400) + "x" + new string('*', 400)), Model),
        new("an unclosed { in front matter", f => f.Replace(Model, "aliases: [gpt4o]", "aliases: {gpt4o"), Model),
        new("a folder named like a model file", f => Directory.CreateDirectory(f.PathOf("models/openai/gpt-5.md")), "models/openai/gpt-5.md"),
        new("a folder among the providers", f => Directory.CreateDirectory(f.PathOf("providers/extra")), "providers/extra"),
        new("a file where a maker folder belongs", f => f.Write("models/stray.md", "---\nname: x\n---\n"), "models/stray.md"),
        new("a file with the wrong extension", f => f.Write("providers/notes.txt", "notes"), "providers/notes.txt"),
        new("an empty file", f => f.Write("providers/empty.md", ""), "providers/empty.md"),
        new("a file over the size limit", f => f.Replace(Model, "omni model.", "omni model. " + new string('x', 2 * 1024 * 1024)), Model),
        new("a Latin-1 byte", f => f.WriteBytes(Model, Encoding.Latin1.GetBytes(f.ReadText(Model).Replace("name: GPT-4o", "name: GPT-4o café", StringComparison.Ordinal))), Model),
        new("a UTF-16 file", f => f.WriteBytes(Route, Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(f.ReadText(Route))).ToArray()), Route),
        new("a NUL in a name", f => f.Replace(Model, "name: GPT-4o", "name: GPT\0-4o"), Model),
        new("a control character spelled as a YAML escape", f => f.Replace(Model, "name: GPT-4o", "name: \"GPT\\a-4o\""), Model),
        new("a control character in a list item", f => f.Replace(Model, "aliases: [gpt4o]", "aliases: [\"gpt\\x1b4o\"]"), Model),
        new("a control character in the body", f => f.Replace(Model, "omni model.", "omni\u0007 model."), Model),
        new("a control character as a character reference", f => f.Replace(Model, "omni model.", "omni &#7; model."), Model),

        // YAML and Markdown shapes that are not data.
        new("100 KB of [ in a route", f => f.Write(Route, new string('[', 100_000)), Route),
        new("100 KB of [ in front matter", f => f.Write("providers/deep.md", "---\nname: " + new string('[', 100_000) + "\n---\n"), "providers/deep.md"),
        new("deeply nested block lists", f => f.Write(Route, "regions:\n" + string.Concat(Enumerable.Repeat("- ", 20_000)) + "x\n"), Route),
        new("a second YAML document", f => f.Replace(Route, "checked: 2026-07-01\n", "checked: 2026-07-01\n---\nprice: 1\n"), Route),
        new("a tab indenting a line", f => f.Replace(Route, "  output: 10\n", "\toutput: 10\n"), Route),
        new("an unclosed bracket", f => f.Replace(Route, "  output: 10\n", "  output: [10\n"), Route),
        new("a badly indented line", f => f.Replace(Route, "  output: 10\n", "  output: 10\n bad: indentation\n"), Route),
        new("a field given twice", f => f.Replace(Route, "checked: 2026-07-01\n", "checked: 2026-07-01\nchecked: 2026-07-02\n"), Route),
        new("front matter that is never closed", f => f.Write(Provider, "---\nname: OpenAI\nroles: [maker, host]\n"), Provider),
        new("front matter that is a list", f => f.Write(Provider, "---\n- name: OpenAI\n---\n"), Provider),
        new("a body of 100,000 nested quotes", f => f.Replace(Provider, "OpenAI makes the GPT models.", new string('>', 100_000) + " x"), Provider),
        new("a body of 50,000 nested brackets", f => f.Replace(Provider, "OpenAI makes the GPT models.", new string('[', 50_000) + "x" + new string(']', 50_000) + "(y)"), Provider),

        // Fields with values no page can use.
        new("a token count of 2^63 - 1", f => f.Replace(Model, "context_window: 128000", "context_window: 9223372036854775807"), Model),
        new("a token count past 2^63", f => f.Replace(Model, "context_window: 128000", "context_window: 99999999999999999999"), Model),
        new("a token count over the limit", f => f.Replace(Model, "context_window: 128000", "context_window: 100000001"), Model),
        new("a negative token count", f => f.Replace(Model, "context_window: 128000", "context_window: -5"), Model),
        new("an output limit over the context window", f => f.Replace(Model, "max_output: 16384", "max_output: 200000"), Model),
        new("a price in words", f => f.Replace(Route, "  output: 10\n", "  output: free\n"), Route),
        new("an absurd price", f => f.Replace(Route, "  output: 10\n", "  output: 1e9\n"), Route),
        new("an impossible date", f => f.Replace(Route, "checked: 2026-07-01", "checked: 2026-02-30"), Route),
        new("a date with a time", f => f.Replace(Route, "checked: 2026-07-01", "checked: 2026-07-01T10:00:00Z"), Route),
        new("an unknown field", f => f.Replace(Model, "context_window: 128000", "context_windw: 128000"), Model),
        new("a word outside the vocabulary", f => f.Replace(Model, "commercial_use: permitted", "commercial_use: maybe"), Model),
        new("a missing required field", f => f.Replace(Model, "name: GPT-4o\n", ""), Model),
        new("an empty required field", f => f.Replace(Model, "name: GPT-4o", "name: \"\""), Model),
        new("a set of fields where text belongs", f => f.Replace(Model, "name: GPT-4o", "name: { a: 1 }"), Model),
        new("a list where text belongs", f => f.Replace(Model, "license: Proprietary", "license: [a, b]"), Model),
        new("a javascript: URL in a field", f => f.Replace(Provider, "website: https://openai.com", "website: javascript:alert(1)"), Provider),
        new("an ftp URL in a field", f => f.Replace(Route, "source_url: https://openai.com/api/pricing", "source_url: ftp://openai.com/x"), Route),

        // Markdown links that would run script.
        new("an inline javascript: link", f => f.Replace(Provider, "OpenAI makes the GPT models.", "See [this](javascript:alert(1))."), Provider),
        new("a javascript: autolink", f => f.Replace(Provider, "OpenAI makes the GPT models.", "See <javascript:alert(1)>."), Provider),
        new("a vbscript: autolink", f => f.Replace(Provider, "OpenAI makes the GPT models.", "See <vbscript:msgbox(1)>."), Provider),
        new("a data: autolink", f => f.Replace(Provider, "OpenAI makes the GPT models.", "See <data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==>."), Provider),
        new("a javascript: image", f => f.Replace(Provider, "OpenAI makes the GPT models.", "![x](javascript:alert(1))"), Provider),
        new("a javascript: reference link", f => f.Replace(Provider, "OpenAI makes the GPT models.", "See [this][x].\n\n[x]: javascript:alert(1)"), Provider),
        new("an entity-spelled javascript: link", f => f.Replace(Provider, "OpenAI makes the GPT models.", "See [this](jav&#x61;script:alert(1))."), Provider),

        // References and rules across files.
        new("an unknown maker", f => f.Replace(Model, "maker: openai", "maker: opena"), Model),
        new("a route for an unknown model", f => f.Write("routes/openai/gpt-4p.yaml", "price:\n  input: 1\n  output: 2\nsource_url: https://openai.com\nchecked: 2026-07-01\n"), "routes/openai/gpt-4p.yaml"),
        new("a score outside the scale", f => f.Replace(Benchmark, "value: 49.1", "value: 491"), Benchmark),
        new("a cost to run in an unknown unit", f => f.Replace(Benchmark, "    date: 2025-01-10\n", "    date: 2025-01-10\n    cost_to_run: {usd: 0.75, per: month}\n"), Benchmark),
        new("a cost to run without its amount", f => f.Replace(Benchmark, "    date: 2025-01-10\n", "    date: 2025-01-10\n    cost_to_run: {per: task}\n"), Benchmark),
        new("a negative cost to run", f => f.Replace(Benchmark, "    date: 2025-01-10\n", "    date: 2025-01-10\n    cost_to_run: {usd: -1, per: task}\n"), Benchmark),
        new("an alias another model uses as its slug", f => f.Replace(Model, "aliases: [gpt4o]", "aliases: [deepseek-v3-2]"), Model),
        new("an upper-case file name", f => f.Write("providers/OpenAI2.md", f.ReadText(Provider)), "providers/OpenAI2.md"),
        new("a file name with -vs-", f => f.Write("models/openai/a-vs-b.md", f.ReadText(Model)), "models/openai/a-vs-b.md"),
        new("price history out of order", f => f.Replace(Route, "  - date: 2024-08-06", "  - date: 2024-01-06"), Route),
    ];

    /// <summary>
    /// Makes a file unreadable. chmod 000 does that for an ordinary user; root reads through it, so there
    /// the file becomes a link to this process's own memory at offset 0, which fails with EIO on read: an
    /// unreadable file either way, and the same IOException path in the reader.
    /// </summary>
    public static void MakeUnreadable(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.None);
        }

        try
        {
            File.ReadAllBytes(path);
        }
        catch (UnauthorizedAccessException)
        {
            return;
        }

        File.Delete(path);
        File.CreateSymbolicLink(path, "/proc/self/mem");
    }
}
