using ModelCompare.Tests.Shared;

namespace ModelCompare.Data.Tests;

/// <summary>
/// Every text field of every kind of data file, given a control character: validation reports it on
/// the field's line, naming the field. (What the site makes of hostile text that is allowed, such as
/// markup, is checked over the real pages in the web tests.)
/// </summary>
public sealed class HostileDataTests : IDisposable
{
    private readonly DataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Each text field: its file, the line that sets it, and the field the problem must name.</summary>
    public static TheoryData<string, string, string> TextFields => new()
    {
        { "providers/openai.md", "name: OpenAI", "name" },
        { "providers/openai.md", "sdk: \"@ai-sdk/openai\"", "sdk" },
        { "providers/openai.md", "website: https://openai.com", "website" },
        { "providers/openai.md", "docs: https://platform.openai.com/docs", "docs" },
        { "providers/deepseek.md", "api_base: https://api.deepseek.com", "api_base" },
        { "providers/openai.md", "OpenAI makes the GPT models.", "(body)" },
        { "models/openai/gpt-4o.md", "name: GPT-4o", "name" },
        { "models/openai/gpt-4o.md", "family: gpt-4o", "family" },
        { "models/openai/gpt-4o.md", "license: Proprietary", "license" },
        { "models/openai/gpt-4o.md", "knowledge_cutoff: 2023-10", "knowledge_cutoff" },
        { "models/openai/gpt-4o.md", "aliases: [gpt4o]", "aliases" },
        { "models/openai/gpt-4o.md", "api_ids: [gpt-4o, gpt-4o-2024-08-06]", "api_ids" },
        { "models/openai/gpt-4o.md", "  - name: models.dev", "name" },
        { "models/openai/gpt-4o.md", "    url: https://github.com/anomalyco/models.dev", "url" },
        { "models/openai/gpt-4o.md", "GPT-4o is *OpenAI's* omni model. <script>alert(1)</script>", "(body)" },
        { "models/deepseek/deepseek-v3-2.md", "architecture: mixture-of-experts", "architecture" },
        { "models/deepseek/deepseek-v3-2.md", "maker: deepseek", "maker" },
        { "routes/openai/gpt-4o.yaml", "api_id: gpt-4o", "api_id" },
        { "routes/openai/gpt-4o.yaml", "source_url: https://openai.com/api/pricing", "source_url" },
        { "routes/deepseek/deepseek-v3-2.yaml", "regions: [cn]", "regions" },
        { "benchmarks/gpqa-diamond.yaml", "name: GPQA Diamond", "name" },
        { "benchmarks/gpqa-diamond.yaml", "unit: percent", "unit" },
        { "benchmarks/gpqa-diamond.yaml", "description: Graduate-level science questions.", "description" },
        { "benchmarks/gpqa-diamond.yaml", "  name: Epoch AI", "name" },
        { "benchmarks/gpqa-diamond.yaml", "    setting: high effort", "setting" },
        { "benchmarks/gpqa-diamond.yaml", "    notes: Reasoning mode (w/o tool use)", "notes" },
        { "benchmarks/gpqa-diamond.yaml", "    source: LLM Stats", "source" },
    };

    [Theory]
    [MemberData(nameof(TextFields))]
    public void A_control_character_in_any_text_field_is_reported_on_its_line(string file, string line, string field)
    {
        var lineNumber = Array.IndexOf(_folder.ReadText(file).Split('\n'), line) + 1;
        Assert.True(lineNumber > 0, $"{file} has no line \"{line}\"");
        _folder.Replace(file, line, line[..^1] + "\u0001" + line[^1..]);

        var result = _folder.Read();

        var problem = Assert.Single(result.Problems);
        Assert.EndsWith(file, problem.Path, StringComparison.Ordinal);
        Assert.Equal((lineNumber, line.Length, field), (problem.Line, problem.Column, problem.Field));
        Assert.StartsWith("contains the control character U+0001", problem.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> SpecialFileKinds => new()
    {
        { "models/openai/zz.md", SpecialFiles.NamedPipe },
        { "providers/zz.md", SpecialFiles.Socket },
        { "routes/openai/zz.yaml", SpecialFiles.CharacterDevice },
        { "benchmarks/zz.yaml", SpecialFiles.LinkToPipe },
    };

    /// <summary>
    /// Issue 19, item 1: a named pipe in the folder blocked the reader in open() for good (validate hung, the
    /// site never listened, reload stopped). Only regular files are opened; anything else is a located
    /// problem, found without blocking, in a full read and in the start-up hash alike.
    /// </summary>
    [Theory]
    [MemberData(nameof(SpecialFileKinds))]
    public async Task A_special_file_is_reported_at_its_path_without_being_opened(string file, string kind)
    {
        var description = SpecialFiles.Make(_folder.PathOf(file), kind);

        var read = Task.Run(_folder.Read);
        var hash = Task.Run(() => DataSetReader.Hash(_folder.Data));
        var done = Task.WhenAll(read, hash);

        Assert.True(await Task.WhenAny(done, Task.Delay(TimeSpan.FromSeconds(30))) == done, $"reading a folder with {kind} in it did not finish: it blocked");
        var problem = Assert.Single((await read).Problems);
        Assert.EndsWith(file, problem.Path, StringComparison.Ordinal);
        Assert.Equal((1, 1, "(file)"), (problem.Line, problem.Column, problem.Field));
        Assert.Equal($"the file cannot be read: it is {description}, not a regular file; a data file must be a regular file (remove this one)", problem.Message);
        Assert.Null(await hash);
    }

    /// <summary>
    /// A symbolic link out of the data folder would read any file the site can read into the catalog, or
    /// into a problem /healthz shows the public: it is reported, and the file it leads to is never read.
    /// A link within the folder is still followed.
    /// </summary>
    [Fact]
    public void A_symbolic_link_out_of_the_data_folder_is_reported_and_not_read()
    {
        var secret = Path.Combine(_folder.Root, "secret.yaml");
        File.WriteAllText(secret, "api_id: hunter2\nprice: { input: x }\n");
        File.CreateSymbolicLink(_folder.PathOf("routes/openai/gpt-4o--secret.yaml"), secret);
        Directory.CreateDirectory(Path.Combine(_folder.Root, "elsewhere"));
        File.Copy(_folder.PathOf("routes/openai/gpt-4o.yaml"), Path.Combine(_folder.Root, "elsewhere", "gpt-4o.yaml"));
        Directory.CreateSymbolicLink(_folder.PathOf("routes/elsewhere"), Path.Combine(_folder.Root, "elsewhere"));
        File.Move(_folder.PathOf("providers/openrouter.md"), _folder.PathOf("providers/openrouter-real.md~"));
        File.CreateSymbolicLink(_folder.PathOf("providers/openrouter.md"), "openrouter-real.md~");

        var result = _folder.Read();

        Assert.Equal(
            [
                ("routes/elsewhere", "(data)", "the folder cannot be read: it is a symbolic link to a folder outside the data folder; the data files must be in the data folder (copy them in)"),
                ("routes/openai/gpt-4o--secret.yaml", "(file)", "the file cannot be read: it is a symbolic link to a file outside the data folder; a data file must be in the data folder (copy it in)"),
            ],
            result.Problems.Select(p => (Path.GetRelativePath(_folder.Data, p.Path).Replace('\\', '/'), p.Field, p.Message)));
        Assert.DoesNotContain(result.Problems, p => p.ToString().Contains("hunter2", StringComparison.Ordinal));
        Assert.Contains(result.Providers, p => p.Slug == "openrouter");
    }

    [Theory]
    [InlineData("providers/openai.md", "OpenAI makes the GPT models.")]
    [InlineData("models/openai/gpt-4o.md", "GPT-4o is *OpenAI's* omni model.")]
    public void A_script_autolink_in_any_body_is_reported_and_never_a_link(string file, string body)
    {
        _folder.Replace(file, body, "<javascript:alert(1)> <vbscript:msgbox(1)> <data:text/html,x> <JaVaScRiPt:alert(2)>");

        var result = _folder.Read();

        Assert.Equal(4, result.Problems.Count);
        Assert.All(result.Problems, p => Assert.Equal("(body)", p.Field));
        var html = result.Providers.Select(p => p.NotesHtml).Concat(result.Models.Select(m => m.OverviewHtml)).OfType<string>();
        Assert.DoesNotContain(html, h => h.Contains("<a", StringComparison.Ordinal) && h.Contains("script:", StringComparison.OrdinalIgnoreCase));
    }
}
