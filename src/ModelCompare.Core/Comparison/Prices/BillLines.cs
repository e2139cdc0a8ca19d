using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>What a line of a bill charges for.</summary>
public enum BillLineKind
{
    /// <summary>Input tokens neither read from nor written to a cache.</summary>
    Input,
    CacheRead,
    CacheWrite,
    Output,
    /// <summary>Output in thinking mode, where the model prices it apart from plain output.</summary>
    Thinking,
    /// <summary>Hidden reasoning output of a model that always thinks, at an assumed share of the visible output.</summary>
    Reasoning,
    RequestFee,
    /// <summary>Web searches a tool makes, where the route prices them (per 1,000 searches).</summary>
    SearchFee,
}

/// <summary>How long a written prompt cache lives, which sets its write price.</summary>
public enum CacheTtl
{
    FiveMinutes,
    OneHour,
}

/// <summary>
/// One line of an itemised bill: how much of what, at which price, and where that price was read. Quantities are
/// millions of tokens, or requests for <see cref="BillLineKind.RequestFee"/> (whose price is per 1,000 requests).
/// </summary>
public sealed record BillLine(BillLineKind Kind, string Label, decimal Quantity, decimal Price, decimal Amount)
{
    /// <summary>Where the price was read; null for a market price, a median over routes.</summary>
    public string? SourceUrl { get; init; }

    public DateOnly? Checked { get; init; }

    /// <summary>What the line assumes or falls back to ("no cache-read price: billed at the input price").</summary>
    public string? Note { get; init; }

    /// <summary>"500M tokens × $3.75 per 1M", "1,000,000 requests × $12 per 1,000" or "50,000 searches × $10 per 1,000".</summary>
    public string QuantityText => Kind switch
    {
        BillLineKind.RequestFee => $"{Formatting.Number(Quantity)} requests × {Formatting.PricePerMillion(Price)} per 1,000",
        BillLineKind.SearchFee => $"{Formatting.Number(Quantity)} searches × {Formatting.PricePerMillion(Price)} per 1,000",
        _ => $"{Formatting.MillionsOfTokens(Quantity)} × {Formatting.PricePerMillion(Price)} per 1M",
    };

    public string AmountText => Formatting.MonthlyTotal(Amount);
}

/// <summary>
/// The prices one bill uses after the workload's choices: a context tier when the prompt crosses its threshold, and the
/// service tier (batch, flex, priority) when the route has it. Each price keeps where it was read.
/// </summary>
internal sealed record BillPrices(
    (decimal Value, PriceSource? From) Input,
    (decimal Value, PriceSource? From) Output,
    (decimal Value, PriceSource? From)? CacheRead,
    (decimal Value, PriceSource? From)? CacheWrite,
    (decimal Value, PriceSource? From)? CacheWrite1h,
    (decimal Value, PriceSource? From)? Reasoning)
{
    /// <summary>The service tier the prices are for: the one asked for, or standard when the route lacks it.</summary>
    public ServiceTier Tier { get; init; } = ServiceTier.Standard;

    /// <summary>The context tier applied (its threshold), or null for the base price.</summary>
    public long? AboveTokens { get; init; }

    /// <summary>
    /// A route's prices for the traffic. A context tier applies when the prompt is larger than its threshold (the
    /// largest such tier); a field the tier leaves out keeps the base price. A service tier the route has replaces each
    /// price it gives, scaled by the context tier's ratio to the base price when a tier applies; a field it leaves out
    /// keeps the standard price.
    /// </summary>
    public static BillPrices For(Route route, decimal input, decimal output, TrafficProfile traffic)
    {
        var source = new PriceSource(route.SourceUrl, route.Checked);
        PriceSource From(string field) => route.PriceSources.TryGetValue(field, out var s) ? s : source;
        var list = route.Price;
        var prices = new BillPrices(
            (input, source),
            (output, source),
            list?.CacheRead is { } r ? (r, source) : null,
            list?.CacheWrite is { } w ? (w, source) : null,
            list?.CacheWrite1h is { } h ? (h, From("cache_write_1h")) : null,
            list?.Reasoning is { } t ? (t, From("reasoning")) : null);

        var tier = route.Tiers.IsDefaultOrEmpty ? null : route.Tiers.LastOrDefault(t => t.AboveTokens < traffic.PromptTokens);
        var applied = prices;
        if (tier is not null && list is not null)
        {
            var from = From("tiers");
            applied = new BillPrices(
                tier.Price.Input is { } ti ? (ti, from) : prices.Input,
                tier.Price.Output is { } to ? (to, from) : prices.Output,
                tier.Price.CacheRead is { } tr ? (tr, from) : prices.CacheRead,
                tier.Price.CacheWrite is { } tw ? (tw, from) : prices.CacheWrite,
                tier.Price.CacheWrite1h is { } th ? (th, from) : prices.CacheWrite1h,
                tier.Price.Reasoning is { } tt ? (tt, from) : prices.Reasoning)
            {
                AboveTokens = tier.AboveTokens,
            };
        }

        var (service, field) = traffic.Tier switch
        {
            ServiceTier.Batch => (route.BatchPrice, "batch"),
            ServiceTier.Flex => (route.FlexPrice, "flex"),
            ServiceTier.Priority => (route.PriorityPrice, "priority"),
            _ => (null, string.Empty),
        };
        if (service is null || list is null)
        {
            return applied;
        }

        var at = From(field);
        (decimal, PriceSource?) Scale(decimal? tierValue, (decimal Value, PriceSource? From) standard, (decimal Value, PriceSource? From) now) =>
            tierValue is { } v ? (standard.Value == 0m ? v : v * now.Value / standard.Value, at) : now;
        (decimal, PriceSource?)? ScaleOptional(decimal? tierValue, (decimal Value, PriceSource? From)? standard, (decimal Value, PriceSource? From)? now) =>
            now is { } n && standard is { } s ? Scale(tierValue, s, n) : now;
        return new BillPrices(
            Scale(service.Input, prices.Input, applied.Input),
            Scale(service.Output, prices.Output, applied.Output),
            ScaleOptional(service.CacheRead, prices.CacheRead, applied.CacheRead),
            ScaleOptional(service.CacheWrite, prices.CacheWrite, applied.CacheWrite),
            ScaleOptional(service.CacheWrite1h, prices.CacheWrite1h, applied.CacheWrite1h),
            ScaleOptional(service.Reasoning, prices.Reasoning, applied.Reasoning))
        {
            Tier = traffic.Tier,
            AboveTokens = applied.AboveTokens,
        };
    }

    /// <summary>Prices without sources, tiers or service tiers: a market price (medians over routes).</summary>
    public static BillPrices Plain(decimal input, decimal output, decimal? cacheRead) =>
        new((input, null), (output, null), cacheRead is { } r ? (r, null) : null, null, null, null);

    /// <summary>
    /// The lines of a month's bill. Cached input is read at the cache-read price; the written share of input is billed
    /// at the write price of the workload's cache lifetime (no write price: the input price, as providers without a
    /// write fee charge); the rest is uncached input. Output is billed at the thinking price in thinking mode where the
    /// model has one. A model that always thinks also bills its hidden reasoning output, at the assumed share of the
    /// visible output (<see cref="TrafficProfile.ReasoningPercent"/>), at its reasoning price or else its output price.
    /// A per-request fee is charged for every request, and a per-search fee for the workload's web searches.
    /// </summary>
    public ImmutableArray<BillLine> Lines(TrafficProfile traffic, RouteFees? fees, PriceSource? feeSource)
    {
        var lines = ImmutableArray.CreateBuilder<BillLine>();
        var cached = traffic.InputMillions * traffic.CachePercent / 100m;
        var written = traffic.InputMillions * traffic.CacheWritePercent / 100m;
        var fresh = traffic.InputMillions - cached - written;
        lines.Add(Line(BillLineKind.Input, "Uncached input", fresh, Input, null));
        if (cached > 0m)
        {
            lines.Add(CacheRead is { } read
                ? Line(BillLineKind.CacheRead, "Cache reads", cached, read, null)
                : Line(BillLineKind.CacheRead, "Cache reads", cached, Input, Sentences.BillNoCacheReadPrice));
        }

        if (written > 0m)
        {
            var (label, price) = traffic.CacheTtl == CacheTtl.OneHour ? ("Cache writes (1 hour)", CacheWrite1h) : ("Cache writes (5 minutes)", CacheWrite);
            lines.Add(price is { } write
                ? Line(BillLineKind.CacheWrite, label, written, write, null)
                : Line(BillLineKind.CacheWrite, label, written, Input, Sentences.BillNoCacheWritePrice(traffic.CacheTtl)));
        }

        if (traffic.Thinking && Reasoning is { } thinking)
        {
            lines.Add(Line(BillLineKind.Thinking, "Output, thinking mode", traffic.OutputMillions, thinking, null));
        }
        else
        {
            lines.Add(Line(BillLineKind.Output, "Output", traffic.OutputMillions, Output, traffic.Thinking ? Sentences.BillThinkingAtOutputPrice : null));
        }

        if (traffic.ReasoningMillions > 0m)
        {
            lines.Add(Reasoning is { } reasoning
                ? Line(BillLineKind.Reasoning, "Reasoning output (always on)", traffic.ReasoningMillions, reasoning, Sentences.BillReasoningAssumed(traffic.ReasoningPercent, false))
                : Line(BillLineKind.Reasoning, "Reasoning output (always on)", traffic.ReasoningMillions, Output, Sentences.BillReasoningAssumed(traffic.ReasoningPercent, true)));
        }

        if (fees?.PerThousandRequests is { } perThousand && traffic.Requests > 0m)
        {
            lines.Add(new BillLine(BillLineKind.RequestFee, "Request fees", traffic.Requests, perThousand, traffic.Requests * perThousand / 1000m)
            {
                SourceUrl = feeSource?.Url,
                Checked = feeSource?.Checked,
                Note = traffic.PerRequest is null ? Sentences.BillRequestsAssumed : null,
            });
        }

        if (fees?.PerThousandWebSearches is { } perSearch && traffic.Searches > 0m)
        {
            lines.Add(new BillLine(BillLineKind.SearchFee, "Web search fees", traffic.Searches, perSearch, traffic.Searches * perSearch / 1000m)
            {
                SourceUrl = feeSource?.Url,
                Checked = feeSource?.Checked,
                Note = Sentences.BillSearchesAssumed(traffic.SearchesPerThousand),
            });
        }

        return lines.ToImmutable();
    }

    private static BillLine Line(BillLineKind kind, string label, decimal millions, (decimal Value, PriceSource? From) price, string? note) =>
        new(kind, label, millions, price.Value, millions * price.Value)
        {
            SourceUrl = price.From?.Url,
            Checked = price.From?.Checked,
            Note = price.From?.Note is { } what ? note is null ? Sentences.BillSourceIsNot(what) : $"{note}; {Sentences.BillSourceIsNot(what)}" : note,
        };
}
