using System.Collections.Immutable;

namespace ModelCompare.Catalog;

/// <summary>A company that makes models, hosts them behind an API, or both.</summary>
public sealed record Provider
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public bool IsMaker { get; init; }
    public bool IsHost { get; init; }
    /// <summary>How the provider sells models it did not make; <see cref="SellerKind.Unknown"/> when the data does not say.</summary>
    public SellerKind SellerKind { get; init; } = SellerKind.Unknown;
    public string? Website { get; init; }
    public string? DocsUrl { get; init; }
    public string? ApiBaseUrl { get; init; }
    /// <summary>The AI SDK package that talks to this provider (from models.dev), a hint for switch friction.</summary>
    public string? SdkPackage { get; init; }
    public string? NotesHtml { get; init; }
    public ImmutableArray<SourceRef> Sources { get; init; } = [];
    public required DateOnly LastReviewed { get; init; }
}

/// <summary>How a provider sells models it did not make, so a price can say what kind of seller offers it.</summary>
public enum SellerKind
{
    Unknown,
    /// <summary>A cloud platform's model service (Amazon Bedrock, Azure, Google Vertex AI).</summary>
    Cloud,
    /// <summary>An inference host that runs the weights itself.</summary>
    Host,
    /// <summary>A router that passes requests on to other providers.</summary>
    Aggregator,
    /// <summary>A reseller of other providers' APIs at prices of its own.</summary>
    Reseller,
    /// <summary>A subscription or prepaid plan.</summary>
    Plan,
}

/// <summary>
/// How each seller kind is written in a provider file's <c>seller_kind</c>, defined once: the data reader
/// and the importer's seller table both read it.
/// </summary>
public static class SellerKindNames
{
    /// <summary>Every kind a file may name (all but <see cref="SellerKind.Unknown"/>, which a file states by leaving the field out).</summary>
    public static IReadOnlyList<SellerKind> Known { get; } = [.. Enum.GetValues<SellerKind>().Where(k => k != SellerKind.Unknown)];

    /// <summary>"cloud", "host", "aggregator", "reseller" or "plan"; null for <see cref="SellerKind.Unknown"/>.</summary>
    public static string? FileKey(SellerKind kind) => kind switch
    {
        SellerKind.Cloud => "cloud",
        SellerKind.Host => "host",
        SellerKind.Aggregator => "aggregator",
        SellerKind.Reseller => "reseller",
        SellerKind.Plan => "plan",
        _ => null,
    };
}
