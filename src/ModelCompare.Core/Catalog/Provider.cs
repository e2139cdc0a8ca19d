using System.Collections.Immutable;

namespace ModelCompare.Catalog;

/// <summary>A company that makes models, hosts them behind an API, or both.</summary>
public sealed record Provider
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public bool IsMaker { get; init; }
    public bool IsHost { get; init; }
    public string? Website { get; init; }
    public string? DocsUrl { get; init; }
    public string? ApiBaseUrl { get; init; }
    /// <summary>The AI SDK package that talks to this provider (from models.dev), a hint for switch friction.</summary>
    public string? SdkPackage { get; init; }
    public string? NotesHtml { get; init; }
    public ImmutableArray<SourceRef> Sources { get; init; } = [];
    public required DateOnly LastReviewed { get; init; }
}
