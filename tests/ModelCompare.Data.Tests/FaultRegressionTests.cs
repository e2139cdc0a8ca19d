using System.Diagnostics;
using ModelCompare.Data.Files;

namespace ModelCompare.Data.Tests;

/// <summary>
/// The data-file faults found by attacking the site and its data, one test each (numbered as they were
/// reported), and the whole catalog of broken-file kinds: validation reports each with a location and
/// never throws or overflows the stack.
/// </summary>
public sealed class FaultRegressionTests : IDisposable
{
    private readonly DataFolder _folder = new();

    public void Dispose()
    {
        // A file made unreadable by chmod must be readable again for the folder to be deleted.
        foreach (var file in Directory.EnumerateFiles(_folder.Root, "*", SearchOption.AllDirectories))
        {
            if (new FileInfo(file).LinkTarget is null && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        _folder.Dispose();
    }

    public static TheoryData<string> Kinds => [.. BrokenFiles.All.Select(k => k.Name)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_kind_of_broken_file_is_reported_with_a_located_message(string name)
    {
        var kind = BrokenFiles.All.Single(k => k.Name == name);
        kind.Break(_folder);

        // A special file must never block the reader: the read has a deadline.
        var reading = Task.Run(_folder.Read);
        Assert.True(await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(60))) == reading, $"{name}: reading the folder did not finish (it blocked)");
        var result = await reading;

        Assert.False(result.IsValid, $"{name}: no problem reported");
        var located = result.Problems.Where(p => p.Path.Replace('\\', '/').EndsWith(kind.Where, StringComparison.Ordinal)).ToList();
        Assert.True(located.Count > 0, $"{name}: no problem names {kind.Where}; got: {string.Join(" | ", result.Problems)}");
        Assert.All(located, p =>
        {
            Assert.True(p.Line >= 1 && p.Column >= 1, p.ToString());
            Assert.False(string.IsNullOrWhiteSpace(p.Field), p.ToString());
            Assert.False(string.IsNullOrWhiteSpace(p.Message), p.ToString());
        });
    }

    [Fact]
    public void Fault01_deeply_nested_yaml_is_reported_at_the_depth_limit_instead_of_overflowing_the_stack()
    {
        _folder.Write("routes/openai/gpt-4o.yaml", new string('[', 100_000));
        _folder.Write("providers/openai.md", "---\nname: OpenAI\nroles:\n" + string.Concat(Enumerable.Range(0, 40).Select(i => new string(' ', 2 * (i + 1)) + "- \n")) + "---\n");

        var clock = Stopwatch.StartNew();
        var result = _folder.Read();

        var route = Assert.Single(result.Problems, p => p.Path.EndsWith("gpt-4o.yaml", StringComparison.Ordinal));
        Assert.Equal((1, DataFileLimits.MaxNestingDepth + 1, "(yaml)"), (route.Line, route.Column, route.Field));
        Assert.StartsWith($"lists and sets of fields are nested more than {DataFileLimits.MaxNestingDepth} levels deep", route.Message, StringComparison.Ordinal);
        Assert.Contains(result.Problems, p => p.Path.EndsWith("providers/openai.md", StringComparison.Ordinal) && p.Field == "(yaml)" && p.Line > 2);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "the depth check must stop at the limit, not parse the whole file");
    }

    [Fact]
    public void Fault03_autolinks_to_javascript_vbscript_or_data_are_reported_and_rendered_as_plain_text()
    {
        _folder.Replace("providers/openai.md", "OpenAI makes the GPT models.", "A <javascript:alert(1)> B <vbscript:msgbox(1)> C <data:text/html;base64,PHNjcmlwdD4=> D <https://openai.com>.");

        var result = _folder.Read();

        Assert.Equal(3, result.Problems.Count);
        Assert.All(result.Problems, p => Assert.Equal((9, "(body)"), (p.Line, p.Field)));
        Assert.Equal([3, 27, 50], result.Problems.Select(p => p.Column));
        var html = result.Providers.Single(p => p.Slug == "openai").NotesHtml!;
        Assert.Equal("<p>A javascript:alert(1) B vbscript:msgbox(1) C data:text/html;base64,PHNjcmlwdD4= D <a href=\"https://openai.com\">https://openai.com</a>.</p>", html);
    }

    [Fact]
    public void Fault05_control_characters_and_nul_in_text_fields_are_reported_where_they_are()
    {
        _folder.Replace("models/openai/gpt-4o.md", "name: GPT-4o", "name: GPT\0-4o");
        _folder.Replace("models/deepseek/deepseek-v3-2.md", "name: DeepSeek V3.2", "name: \"Deep\\aSeek V3.2\"");

        var result = _folder.Read();

        var raw = Assert.Single(result.Problems, p => p.Path.EndsWith("gpt-4o.md", StringComparison.Ordinal));
        Assert.Equal((2, 10, "name"), (raw.Line, raw.Column, raw.Field));
        Assert.StartsWith("contains the control character U+0000 (NUL)", raw.Message, StringComparison.Ordinal);
        var escaped = Assert.Single(result.Problems, p => p.Path.EndsWith("deepseek-v3-2.md", StringComparison.Ordinal));
        Assert.Equal((2, 7, "name"), (escaped.Line, escaped.Column, escaped.Field));
        Assert.StartsWith("contains the control character U+0007", escaped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fault07_unreadable_files_and_symbolic_link_loops_are_reported_instead_of_crashing_validate()
    {
        BrokenFiles.MakeUnreadable(_folder.PathOf("routes/openai/gpt-4o.yaml"));
        File.CreateSymbolicLink(_folder.PathOf("providers/loop-a.md"), _folder.PathOf("providers/loop-b.md"));
        File.CreateSymbolicLink(_folder.PathOf("providers/loop-b.md"), _folder.PathOf("providers/loop-a.md"));
        Directory.CreateSymbolicLink(_folder.PathOf("models/loop"), _folder.PathOf("models/loop"));

        var result = _folder.Read();

        Assert.Contains(result.Problems, p => p.Path.EndsWith("routes/openai/gpt-4o.yaml", StringComparison.Ordinal) && p.Message.StartsWith("the file cannot be read: ", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Path.EndsWith("providers/loop-a.md", StringComparison.Ordinal) && p.Message.Contains("symbolic link", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Path.EndsWith("models/loop", StringComparison.Ordinal));
        Assert.Null(DataSetReader.Hash(_folder.Data));
    }

    [Fact]
    public void Fault09_a_token_count_past_the_limit_is_reported_not_shown_as_nine_quintillion()
    {
        _folder.Replace("models/openai/gpt-4o.md", "context_window: 128000", "context_window: 9223372036854775807");

        var problem = Assert.Single(_folder.Read().Problems);

        Assert.Equal((7, 17, "context_window", "9,223,372,036,854,775,807 is more than the largest allowed, 100,000,000"), (problem.Line, problem.Column, problem.Field, problem.Message));
    }

    [Fact]
    public void Fault09_a_file_over_one_mebibyte_is_reported_without_being_parsed()
    {
        _folder.Replace("models/openai/gpt-4o.md", "omni model.", "omni model. " + new string('x', 63 * 1024 * 1024));

        var problem = Assert.Single(_folder.Read().Problems);

        Assert.Equal((1, 1, "(file)"), (problem.Line, problem.Column, problem.Field));
        Assert.EndsWith("a data file may be at most 1,048,576 bytes (1 MiB)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fault09_a_latin1_byte_is_reported_at_its_line_and_column()
    {
        var text = _folder.ReadText("models/openai/gpt-4o.md").Replace("license: Proprietary", "license: Propriétaire", StringComparison.Ordinal);
        _folder.WriteBytes("models/openai/gpt-4o.md", System.Text.Encoding.Latin1.GetBytes(text));

        var problem = Assert.Single(_folder.Read().Problems);

        Assert.Equal((9, 16, "(encoding)"), (problem.Line, problem.Column, problem.Field));
        Assert.StartsWith("the file is not UTF-8: the byte 0xE9 here", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fault09_a_second_yaml_document_is_reported_not_ignored()
    {
        _folder.Replace("routes/openai/gpt-4o.yaml", "checked: 2026-07-01\n", "checked: 2026-07-01\n---\nchecked: 2027-01-01\n");

        var problem = Assert.Single(_folder.Read().Problems);

        Assert.Equal((12, 1, "(yaml)"), (problem.Line, problem.Column, problem.Field));
        Assert.StartsWith("a second YAML document starts here", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fault09_a_folder_named_like_a_data_file_is_reported_not_ignored()
    {
        Directory.CreateDirectory(_folder.PathOf("models/openai/gpt-5.md"));

        var problem = Assert.Single(_folder.Read().Problems);

        Assert.EndsWith("models/openai/gpt-5.md", problem.Path, StringComparison.Ordinal);
        Assert.Equal("unexpected folder: models/openai/ holds files only", problem.Message);
    }

    [Fact]
    public void Fault09_a_byte_order_mark_is_accepted_and_the_file_reads_as_without_it()
    {
        var text = _folder.ReadText("providers/openai.md");
        _folder.WriteBytes("providers/openai.md", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)]);

        var result = _folder.Read();

        Assert.Empty(result.Problems);
        Assert.Equal("OpenAI", result.Providers.Single(p => p.Slug == "openai").Name);
    }

    [Fact]
    public void Fault09_a_tab_indentation_is_reported_at_its_line()
    {
        _folder.Replace("routes/openai/gpt-4o.yaml", "  output: 10\n", "\toutput: 10\n");

        var problem = Assert.Single(_folder.Read().Problems);

        Assert.Equal((4, 1, "(yaml)", "a tab indents this line; YAML is indented with spaces only"), (problem.Line, problem.Column, problem.Field, problem.Message));
    }

    [Fact]
    public void Fault09_a_tab_in_front_matter_is_reported_at_its_line_in_the_file()
    {
        _folder.Replace("models/openai/gpt-4o.md", "  input: [text, image]", "\tinput: [text, image]");

        var problem = Assert.Single(_folder.Read().Problems);

        Assert.Equal((14, 1, "(yaml)"), (problem.Line, problem.Column, problem.Field));
    }

    /// <summary>Issue 19, item 2: 400 nested emphasis marks passed the parser and crashed the renderer, with no file named.</summary>
    [Theory]
    [InlineData('*')]
    [InlineData('_')]
    public void Fault19_deep_emphasis_in_a_body_is_reported_where_the_nesting_passes_the_limit(char mark)
    {
        _folder.Replace("models/openai/gpt-4o.md", "GPT-4o is *OpenAI's* omni model.", "Deep: " + new string(mark, 400) + "x" + new string(mark, 400));

        var problem = Assert.Single(_folder.Read().Problems);

        // Each level of strong emphasis takes two marks. The document, the paragraph and its inline
        // container are levels 0 to 2, so level 101 is the 99th emphasis, whose marks start after
        // "Deep: " (6 characters) and 98 pairs: column 6 + 196 + 1.
        Assert.EndsWith("models/openai/gpt-4o.md", problem.Path, StringComparison.Ordinal);
        Assert.Equal((26, 203, "(body)"), (problem.Line, problem.Column, problem.Field));
        Assert.Equal($"the Markdown is nested too deeply here: block quotes, lists, links or emphasis (*, _) inside one another more than {DataFileLimits.MaxMarkdownDepth} levels deep", problem.Message);
    }

    [Fact]
    public void Fault19_deep_block_quotes_the_parser_accepts_are_reported_at_their_line()
    {
        _folder.Replace("providers/openai.md", "OpenAI makes the GPT models.", "First line.\n\n" + new string('>', 110) + " x");

        var problem = Assert.Single(_folder.Read().Problems);

        Assert.EndsWith("providers/openai.md", problem.Path, StringComparison.Ordinal);
        Assert.Equal((11, "(body)"), (problem.Line, problem.Field));
        Assert.StartsWith("the Markdown is nested too deeply here", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fault19_brackets_the_parser_refuses_are_put_at_the_first_line_of_the_body()
    {
        _folder.Replace("providers/openai.md", "OpenAI makes the GPT models.", new string('[', 50_000) + "x" + new string(']', 50_000) + "(y)");

        var problem = Assert.Single(_folder.Read().Problems);

        Assert.Equal((9, 1, "(body)"), (problem.Line, problem.Column, problem.Field));
    }

    /// <summary>Issue 19, item 7: an editor's backup made the whole change refused.</summary>
    [Fact]
    public void Fault19_editor_backups_swap_files_and_autosaves_are_ignored_everywhere()
    {
        var before = DataSetReader.Hash(_folder.Data);
        _folder.Write("models/openai/gpt-4o.md~", "a backup");
        _folder.Write("models/openai/#gpt-4o.md#", "an autosave");
        _folder.Write("models/openai/.gpt-4o.md.swp", "a swap file");
        _folder.Write("models/openai/.#gpt-4o.md", "a lock");
        _folder.Write("routes/openai/gpt-4o.yaml~", "a backup");
        _folder.Write("benchmarks/gpqa-diamond.yaml~", "a backup");

        var result = _folder.Read();

        Assert.Empty(result.Problems);
        Assert.Equal(9, result.FileCount);
        Assert.Equal(before, result.Hash);
        Assert.Equal(before, DataSetReader.Hash(_folder.Data));
        Assert.True(DataSetReader.IsEditorFile("gpt-4o.md~"));
        Assert.False(DataSetReader.IsEditorFile("gpt-4o.md"));
        Assert.False(DataSetReader.IsEditorFile("#"));
    }

    /// <summary>Issue 19, item 9: a file name with a line break printed a second, invented problem line.</summary>
    [Fact]
    public void Fault19_control_characters_in_a_file_name_are_escaped_in_the_problem_line()
    {
        _folder.Write("providers/x\nforged.md:1:1: (data): forged\u202e.md", "x");

        var problem = Assert.Single(_folder.Read().Problems);
        var line = problem.ToString();

        Assert.Contains('\n', problem.Path);
        Assert.DoesNotContain('\n', line);
        Assert.DoesNotContain('\u202e', line);
        Assert.Contains("providers/x\\nforged.md:1:1: (data): forged\\u202E.md:1:1: (file name): ", line, StringComparison.Ordinal);
    }

    /// <summary>Issue 19, item 10: an unclosed { on line 6 was reported at 2:1.</summary>
    [Fact]
    public void Fault19_an_unclosed_bracket_in_front_matter_is_reported_at_the_bracket()
    {
        _folder.Replace("models/openai/gpt-4o.md", "aliases: [gpt4o]", "aliases: {gpt4o");

        var problem = Assert.Single(_folder.Read().Problems);

        Assert.Equal((6, 10, "(yaml)"), (problem.Line, problem.Column, problem.Field));
        Assert.Equal("malformed YAML: this { is never closed; a set of fields written in { } must end with }", problem.Message);
    }

    public static TheoryData<string, string, int, int, string> YamlMistakes => new()
    {
        { "aliases: [gpt4o]", "aliases: [gpt4o", 6, 10, "this [ is never closed; a list written in [ ] must end with ]" },
        { "license: Proprietary", "license: \"Proprietary", 9, 10, "this quoted value is never closed; end it with the same quote mark it starts with" },
        { "license: Proprietary", "license: Proprietary: yes", 9, 21, "a value here holds \": \" (a colon and a space), or the line is indented too far; put the value in quotes, or line the field up with the ones above it" },
        { "license: Proprietary", "license: Proprietary\nlicense: MIT", 10, 1, "the field \"license\" is set twice; keep one" },
        { "license: Proprietary", "license: @x", 9, 10, "a value cannot start with this character in YAML (such as @ or `); put the value in quotes" },
        { "license: Proprietary", "license: *other", 9, 10, "*other refers to no anchor (&other) set above it; the data files need no anchors or aliases, so write the value out" },
        { "license: Proprietary", "license: Proprietary\n- x", 10, 1, "expected another field (name: value) here, lined up with the fields above; check this line's indentation and that a list item starts with \"- \"" },
    };

    /// <summary>Issue 19, item 10: front-matter errors at their line in the file, in the data format's words.</summary>
    [Theory]
    [MemberData(nameof(YamlMistakes))]
    public void Fault19_front_matter_mistakes_are_reported_at_their_line_in_plain_words(string line, string mistake, int lineNumber, int column, string message)
    {
        _folder.Replace("models/openai/gpt-4o.md", line, mistake);

        var problem = Assert.Single(_folder.Read().Problems);

        Assert.Equal((lineNumber, column, "(yaml)", $"malformed YAML: {message}"), (problem.Line, problem.Column, problem.Field, problem.Message));
    }

    [Fact]
    public void A_missing_data_folder_is_named_by_its_absolute_path()
    {
        var missing = Path.Combine(_folder.Root, "nowhere");

        var problem = Assert.Single(DataSetReader.Read(missing).Problems);

        Assert.Equal(missing, problem.Path);
        Assert.Equal($"the data folder {missing} does not exist", problem.Message);
    }
}
