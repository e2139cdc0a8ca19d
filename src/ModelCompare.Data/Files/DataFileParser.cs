using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ModelCompare.Data.Files;

/// <summary>A data file's fields and, for Markdown files, its body rendered to safe HTML.</summary>
internal sealed record ParsedFile(YamlMap Fields, string? BodyHtml);

/// <summary>
/// Turns a data file's text into a <see cref="YamlMap"/>: Markdig finds the front matter of Markdown
/// files and renders their body with raw HTML disabled; YamlDotNet parses the YAML.
/// </summary>
internal static partial class DataFileParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    public static ParsedFile? ParseMarkdown(string path, string text, ProblemList problems)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig stops (rather than overflowing the stack) on block quotes, lists, brackets or emphasis nested beyond its depth limit.
            problems.Add(new DataProblem(path, 1, 1, "(body)", "the Markdown is nested too deeply to read (block quotes, lists, brackets or emphasis inside one another more than a hundred levels)"));
            return null;
        }

        if (document.FirstOrDefault() is not YamlFrontMatterBlock frontMatter)
        {
            problems.Add(new DataProblem(path, 1, 1, "(front matter)", "missing front matter: the file must start with a line \"---\", then the fields, then another \"---\""));
            return null;
        }

        // The YAML starts on the line after the opening "---" (Markdig lines are 0-based, YAML's 1-based).
        var fields = ParseYaml(path, frontMatter.Lines.ToString(), frontMatter.Line + 1, problems);
        if (fields is null)
        {
            return null;
        }

        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && !IsSafeUrl(url))
            {
                problems.Add(new DataProblem(path, link.Line + 1, link.Column + 1, "(body)", $"links may only use http, https or mailto, got \"{url}\""));
                link.Url = "";
            }
        }

        // Autolinks (<scheme:...>) are a node of their own: check them too, and leave an unsafe one as plain text, never a link.
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && !IsSafeUrl(autolink.Url))
            {
                problems.Add(new DataProblem(path, autolink.Line + 1, autolink.Column + 1, "(body)", $"links may only use http, https or mailto, got \"{autolink.Url}\""));
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        // A character reference (&#7;) can put a control character in the text without one in the file.
        foreach (var entity in document.Descendants<HtmlEntityInline>())
        {
            if (entity.Transcoded.ToString().FirstOrDefault(DataFileText.IsForbiddenControl) is var c && c != default)
            {
                problems.Add(new DataProblem(path, entity.Line + 1, entity.Column + 1, "(body)", DataFileText.ControlMessage(c)));
            }
        }

        var html = document.ToHtml(Pipeline).Trim();
        return new ParsedFile(fields, html.Length == 0 ? null : html);
    }

    public static ParsedFile? ParseYamlFile(string path, string text, ProblemList problems)
    {
        var fields = ParseYaml(path, text, 0, problems);
        return fields is null ? null : new ParsedFile(fields, null);
    }

    internal static bool IsSafeUrl(string url) =>
        !url.Contains(':', StringComparison.Ordinal)
            ? !url.StartsWith("//", StringComparison.Ordinal)
            : url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
              || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
              || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    private static YamlMap? ParseYaml(string path, string yaml, int lineOffset, ProblemList problems)
    {
        if (!DataFileText.CheckIndentation(path, yaml, lineOffset, problems))
        {
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new DepthLimitedParser(new Parser(new StringReader(yaml))));
        }
        catch (NestingTooDeepException ex)
        {
            problems.Add(new DataProblem(path, (int)ex.At.Line + lineOffset, (int)ex.At.Column, "(yaml)", DataFileText.TooDeep()));
            return null;
        }
        catch (YamlException ex)
        {
            var message = LocationPrefix().Replace((ex.InnerException ?? ex).Message, "");
            problems.Add(new DataProblem(path, (int)ex.Start.Line + lineOffset, (int)ex.Start.Column, "(yaml)", $"malformed YAML: {message}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up without a position on some unterminated flow collections.
            problems.Add(new DataProblem(path, 1 + lineOffset, 1, "(yaml)", "malformed YAML: the file could not be read to its end; look for an unclosed [, { or quote"));
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode.Start;
            problems.Add(new DataProblem(path, (int)second.Line + lineOffset, (int)second.Column, "(yaml)",
                "a second YAML document starts here; a data file holds one set of fields (remove the \"---\" line above and what follows, or move it to a file of its own)"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(new DataProblem(path, 1 + lineOffset, 1, "(yaml)", "expected a set of fields (name: value), one per line"));
            return null;
        }

        return new YamlMap(root, path, lineOffset, "", problems);
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex LocationPrefix();
}
