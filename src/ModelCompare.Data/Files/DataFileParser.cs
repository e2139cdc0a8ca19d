using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ModelCompare.Data.Files;

/// <summary>A data file's fields and, for Markdown files, its body rendered to safe HTML.</summary>
internal sealed record ParsedFile(YamlFieldReader Fields, string? BodyHtml);

/// <summary>
/// Turns a data file's text into a <see cref="YamlFieldReader"/>: Markdig finds the front matter of Markdown
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
            // Markdig stops (rather than overflowing the stack) on block quotes, lists, brackets or emphasis
            // nested beyond its depth limit; it says nowhere where, so the problem is put at the body's start.
            problems.Add(new DataProblem(path, DataFileText.BodyLine(text), 1, "(body)", TooDeep));
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

        // Markdig builds nested emphasis without complaint but refuses to render it past its depth limit: the
        // depth is measured here, below that limit, and the problem put where the nesting passes it.
        if (TooDeeplyNested(document) is { } deep)
        {
            problems.Add(new DataProblem(path, deep.Line + 1, deep.Column + 1, "(body)", TooDeep));
            return null;
        }

        string html;
        try
        {
            html = document.ToHtml(Pipeline).Trim();
        }
        catch (ArgumentException)
        {
            problems.Add(new DataProblem(path, DataFileText.BodyLine(text), 1, "(body)", TooDeep));
            return null;
        }

        return new ParsedFile(fields, html.Length == 0 ? null : html);
    }

    /// <summary>
    /// The first block or inline (in reading order) nested more than <see cref="DataFileLimits.MaxMarkdownDepth"/>
    /// levels below the document, or null. Walks the tree with a stack of its own, so no depth overflows it.
    /// </summary>
    internal static MarkdownObject? TooDeeplyNested(MarkdownDocument document)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        var children = new List<MarkdownObject>();
        while (pending.TryPop(out var item))
        {
            if (item.Depth > DataFileLimits.MaxMarkdownDepth)
            {
                return item.Node;
            }

            children.Clear();
            switch (item.Node)
            {
                case ContainerBlock container:
                    children.AddRange(container);
                    break;
                case LeafBlock { Inline: { } inline }:
                    children.Add(inline);
                    break;
                case ContainerInline inline:
                    for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
                    {
                        children.Add(child);
                    }

                    break;
                default:
                    break;
            }

            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push((children[i], item.Depth + 1));
            }
        }

        return null;
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

    private static YamlFieldReader? ParseYaml(string path, string yaml, int lineOffset, ProblemList problems)
    {
        if (!DataFileText.CheckIndentation(path, yaml, lineOffset, problems))
        {
            return null;
        }

        var stream = new YamlStream();
        var parser = new DepthLimitedParser(new Parser(new StringReader(yaml)));
        try
        {
            stream.Load(parser);
        }
        catch (NestingTooDeepException ex)
        {
            problems.Add(new DataProblem(path, (int)ex.At.Line + lineOffset, (int)ex.At.Column, "(yaml)", DataFileText.TooDeep()));
            return null;
        }
        catch (YamlException ex)
        {
            // An alias with no anchor is found once the whole file is read: it is put where the alias is used.
            var raw = LocationPrefix().Replace((ex.InnerException ?? ex).Message, "");
            var at = ex is AnchorNotFoundException && AnchorPattern().Match(raw) is { Success: true } alias && parser.AliasAt(alias.Groups[1].Value) is { } used
                ? used
                : ex.Start.Line == 0 ? parser.LastStart ?? ex.Start : ex.Start;
            problems.Add(new DataProblem(path, (int)Math.Max(1, at.Line) + lineOffset, (int)Math.Max(1, at.Column), "(yaml)", YamlMessage(raw)));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up without a position on an unterminated [ or {: put the problem at the
            // bracket still open, or else where reading stopped.
            if (parser.OpenFlow is var (start, bracket))
            {
                var close = bracket == '{' ? '}' : ']';
                problems.Add(new DataProblem(path, (int)start.Line + lineOffset, (int)start.Column, "(yaml)",
                    $"malformed YAML: this {bracket} is never closed; a {(bracket == '{' ? "set of fields" : "list")} written in {bracket} {close} must end with {close}"));
            }
            else
            {
                var at = parser.LastStart;
                problems.Add(new DataProblem(path, (int)Math.Max(1, at?.Line ?? 1) + lineOffset, (int)Math.Max(1, at?.Column ?? 1), "(yaml)",
                    "malformed YAML: the file could not be read past here; look for an unclosed [, { or quote"));
            }

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

        return new YamlFieldReader(root, path, lineOffset, "", problems);
    }

    /// <summary>YamlDotNet's message for the common mistakes, in the words of the data format; any other as it is.</summary>
    internal static string YamlMessage(string raw)
    {
        var message = raw switch
        {
            _ when raw.Contains("found invalid mapping", StringComparison.Ordinal) || raw.StartsWith("Mapping values are not allowed", StringComparison.Ordinal) =>
                "a value here holds \": \" (a colon and a space), or the line is indented too far; put the value in quotes, or line the field up with the ones above it",
            _ when raw.Contains("did not find expected key", StringComparison.Ordinal) || raw.Contains("did not find expected '-' indicator", StringComparison.Ordinal) =>
                "expected another field (name: value) here, lined up with the fields above; check this line's indentation and that a list item starts with \"- \"",
            _ when raw.Contains("quoted scalar", StringComparison.Ordinal) =>
                "this quoted value is never closed; end it with the same quote mark it starts with",
            _ when raw.Contains("cannot start any token", StringComparison.Ordinal) =>
                "a value cannot start with this character in YAML (such as @ or `); put the value in quotes",
            _ when raw.StartsWith("Duplicate key ", StringComparison.Ordinal) =>
                $"the field \"{raw["Duplicate key ".Length..].TrimEnd('.')}\" is set twice; keep one",
            _ when AnchorPattern().Match(raw) is { Success: true } anchor =>
                $"*{anchor.Groups[1].Value} refers to no anchor (&{anchor.Groups[1].Value}) set above it; the data files need no anchors or aliases, so write the value out",
            _ => raw,
        };
        return $"malformed YAML: {message}";
    }

    private static string TooDeep =>
        $"the Markdown is nested too deeply here: block quotes, lists, links or emphasis (*, _) inside one another more than {DataFileLimits.MaxMarkdownDepth} levels deep";

    [GeneratedRegex(@"^The anchor '([^']*)' does not exist")]
    private static partial Regex AnchorPattern();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex LocationPrefix();
}
