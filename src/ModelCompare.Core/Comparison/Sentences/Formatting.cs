using System.Globalization;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>
/// How numbers, dates and lists are written on every page. Invariant culture throughout: the site is
/// in English and its figures must not change with the server's locale.
/// </summary>
public static class Formatting
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public const string Unknown = "Unknown";
    public const string Missing = "—";

    /// <summary>
    /// A price per 1M tokens: "$10", "$2.50", "$18.71" from $1 up (cents dropped when whole);
    /// below $1 three significant digits with at least two decimals: "$0.25", "$0.289", "$0.028", "$0.0375".
    /// </summary>
    public static string PricePerMillion(decimal price)
    {
        if (price < 0m)
        {
            return "-" + PricePerMillion(-price);
        }

        if (price == 0m)
        {
            return "$0";
        }

        if (price < 1m)
        {
            var decimals = 3;
            for (var v = price; v < 0.1m && decimals < 10; v *= 10m)
            {
                decimals++;
            }

            var rounded = Math.Round(price, decimals, MidpointRounding.AwayFromZero);
            if (rounded < 1m)
            {
                return "$" + rounded.ToString("0.00########", Inv);
            }

            price = rounded;
        }

        var cents = Math.Round(price, 2, MidpointRounding.AwayFromZero);
        return cents == decimal.Truncate(cents)
            ? "$" + cents.ToString("#,0", Inv)
            : "$" + cents.ToString("#,0.00", Inv);
    }

    /// <summary>A measured cost to run a benchmark: "$0.75 per task", "$2.35 per run", "$13.75 for the whole suite".</summary>
    public static string RunCost(RunCost cost)
    {
        ArgumentNullException.ThrowIfNull(cost);
        var amount = PricePerMillion(cost.Usd);
        return cost.Per switch
        {
            RunCostUnit.Task => amount + " per task",
            RunCostUnit.Run => amount + " per run",
            _ => amount + " for the whole suite",
        };
    }

    /// <summary>"$0.25/1M tokens".</summary>
    public static string PerMillionTokens(decimal price) => PricePerMillion(price) + "/1M tokens";

    /// <summary>"$0.25/1M tokens", or <see cref="Missing"/> when unknown.</summary>
    public static string PerMillionTokens(decimal? price) => price is { } p ? PerMillionTokens(p) : Missing;

    /// <summary>A monthly bill: "$18,000" (whole dollars at or above $100), "$42.50" below.</summary>
    public static string MonthlyTotal(decimal amount)
    {
        var cents = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        return Math.Abs(cents) >= 100m
            ? "$" + Math.Round(cents, 0, MidpointRounding.AwayFromZero).ToString("#,0", Inv)
            : "$" + cents.ToString("#,0.00", Inv);
    }

    /// <summary>
    /// A token count: exact below 10,000 ("8,192"); otherwise K or M to three significant digits,
    /// trailing zeros trimmed ("128K", "164K", "65.5K", "1M", "1.05M").
    /// </summary>
    public static string Tokens(long tokens)
    {
        if (tokens < 10_000)
        {
            return tokens.ToString("#,0", Inv);
        }

        if (tokens < 1_000_000)
        {
            var k = ThreeSignificant(tokens / 1_000m);
            if (k < 1000m)
            {
                return k.ToString("0.##", Inv) + "K";
            }
        }

        return ThreeSignificant(tokens / 1_000_000m).ToString("#,0.##", Inv) + "M";
    }

    /// <summary>"128K tokens", or <see cref="Unknown"/>.</summary>
    public static string TokensOrUnknown(long? tokens) => tokens is { } t ? Tokens(t) + " tokens" : Unknown;

    /// <summary>What a score shows when its source gives no date for the run.</summary>
    public const string DateNotGiven = "date not given";

    /// <summary>"Thinking and non-thinking" for a model's modes; "Unknown" when it lists none.</summary>
    public static string Modes(IReadOnlyList<string> modes)
    {
        ArgumentNullException.ThrowIfNull(modes);
        if (modes.Count == 0)
        {
            return Unknown;
        }

        if (modes is ["thinking"])
        {
            return "Thinking only (always thinks)";
        }

        var text = JoinList(modes.OrderBy(m => m == "thinking" ? 0 : 1).ThenBy(m => m, StringComparer.Ordinal));
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>"Dec 1, 2025".</summary>
    public static string Date(DateOnly date) => date.ToString("MMM d, yyyy", Inv);

    /// <summary>"Dec 1, 2025", "Dec 2025" or "2025", as precise as the data.</summary>
    public static string Date(PartialDate date) => date switch
    {
        { Month: { } m, Day: { } d } => Date(new DateOnly(date.Year, m, d)),
        { Month: { } m } => new DateOnly(date.Year, m, 1).ToString("MMM yyyy", Inv),
        _ => date.Year.ToString(Inv),
    };

    /// <summary>"1,000" for counts.</summary>
    public static string Count(long count) => count.ToString("#,0", Inv);

    /// <summary>"1 provider", "2 providers"; pass the plural when adding "s" is wrong.</summary>
    public static string Plural(long count, string singular, string? plural = null) =>
        Count(count) + " " + (count == 1 ? singular : plural ?? singular + "s");

    /// <summary>"A", "A and B", "A, B, and C" (Oxford comma); <paramref name="conjunction"/> may be "or".</summary>
    public static string JoinList(IEnumerable<string> items, string conjunction = "and")
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            2 => $"{list[0]} {conjunction} {list[1]}",
            _ => string.Join(", ", list.Take(list.Count - 1)) + $", {conjunction} " + list[^1],
        };
    }

    /// <summary>"50%", "97.5%": one decimal at most.</summary>
    public static string Percent(decimal percent) =>
        Math.Round(percent, 1, MidpointRounding.AwayFromZero).ToString("#,0.#", Inv) + "%";

    /// <summary>"1,500", "2.5": a plain number, two decimals at most.</summary>
    public static string Number(decimal value) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("#,0.##", Inv);

    /// <summary>"1,000M", "0.5M".</summary>
    public static string Millions(decimal millions) =>
        Math.Round(millions, 2, MidpointRounding.AwayFromZero).ToString("#,0.##", Inv) + "M";

    /// <summary>"1,000M tokens".</summary>
    public static string MillionsOfTokens(decimal millions) => Millions(millions) + " tokens";

    /// <summary>
    /// How many times cheaper <paramref name="low"/> is than <paramref name="high"/>, as a person says it:
    /// "40x" or "2.5x" when the ratio is 2 or more, otherwise the percentage saved, "35%". Never above 100%.
    /// </summary>
    private static string Saving(decimal low, decimal high, out bool isRatio)
    {
        if (low < 0m || high < low)
        {
            throw new ArgumentOutOfRangeException(nameof(low), "Expected 0 <= low <= high.");
        }

        if (low > 0m && high / low >= 2m)
        {
            isRatio = true;
            return Times(high / low);
        }

        isRatio = false;
        return high == 0m ? "0%" : Percent((high - low) / high * 100m);
    }

    /// <summary>"40x cheaper", "2.5x cheaper", "35% cheaper".</summary>
    public static string Cheaper(decimal low, decimal high) => Saving(low, high, out _) + " cheaper";

    /// <summary>"40x less", "35% less", "97.5% less" (a ratio below 2 as the share saved).</summary>
    public static string Less(decimal low, decimal high) => Saving(low, high, out _) + " less";

    /// <summary>"40x more" when the ratio is 2 or more, else "54% more".</summary>
    public static string More(decimal low, decimal high)
    {
        var saving = Saving(low, high, out var isRatio);
        return isRatio ? saving + " more" : (low == 0m ? "100%" : Percent((high - low) / low * 100m)) + " more";
    }

    /// <summary>"2.5x" (one decimal below 10), "40x" (whole from 10 up).</summary>
    public static string Times(decimal ratio)
    {
        var r = Math.Round(ratio, 1, MidpointRounding.AwayFromZero);
        return r < 10m
            ? r.ToString("0.#", Inv) + "x"
            : Math.Round(ratio, 0, MidpointRounding.AwayFromZero).ToString("#,0", Inv) + "x";
    }

    /// <summary>"Azure OpenAI (azure)": a provider name with the slug that identifies the route.</summary>
    public static string RouteName(string providerName, string providerSlug) =>
        string.Equals(providerName, providerSlug, StringComparison.OrdinalIgnoreCase) ? providerName : $"{providerName} ({providerSlug})";

    /// <summary>"Deep Infra (deepinfra, FP8)" for a variant; <see cref="RouteName(string, string)"/> for a plain route.</summary>
    public static string RouteName(string providerName, string providerSlug, RouteVariant? variant)
    {
        if (variant is null)
        {
            return RouteName(providerName, providerSlug);
        }

        var detail = variant.Detail ?? variant.Slug;
        return string.Equals(providerName, providerSlug, StringComparison.OrdinalIgnoreCase)
            ? $"{providerName} ({detail})"
            : $"{providerName} ({providerSlug}, {detail})";
    }

    /// <summary>"list price", "market price"; null for <see cref="PriceBasis.None"/>.</summary>
    public static string? PriceBasisName(PriceBasis basis) => basis switch
    {
        PriceBasis.List => "list price",
        PriceBasis.Market => "market price",
        _ => null,
    };

    /// <summary>"GPT-4o's".</summary>
    public static string Possessive(string name) => name + "'s";

    /// <summary>"1,000M input and 200M output tokens a month", plus ", 50% of input cached".</summary>
    public static string TrafficText(TrafficProfile traffic)
    {
        ArgumentNullException.ThrowIfNull(traffic);
        var text = $"{Millions(traffic.InputMillions)} input and {Millions(traffic.OutputMillions)} output tokens a month";
        return traffic.CachePercent > 0m ? $"{text}, {Percent(traffic.CachePercent)} of input cached" : text;
    }

    /// <summary>Table name of a capability: "Function calling", "PDF input".</summary>
    public static string CapabilityName(Capability capability) => capability switch
    {
        Capability.Vision => "Vision",
        Capability.Multimodal => "Multimodal input",
        Capability.Reasoning => "Reasoning",
        Capability.FunctionCalling => "Function calling",
        Capability.ToolUse => "Tool use",
        Capability.StructuredOutputs => "Structured outputs",
        Capability.CodeExecution => "Code execution",
        Capability.PromptCaching => "Prompt caching",
        Capability.WebSearch => "Web search",
        Capability.PdfInput => "PDF input",
        Capability.AudioInput => "Audio input",
        Capability.AudioOutput => "Audio output",
        Capability.ImageOutput => "Image output",
        Capability.Batch => "Batch requests",
        _ => capability.ToString(),
    };

    /// <summary>A capability inside a sentence: "function calling", "PDF input".</summary>
    public static string CapabilityPhrase(Capability capability)
    {
        var name = CapabilityName(capability);
        return name.StartsWith("PDF", StringComparison.Ordinal) ? name : char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>"Yes", "No" or "Unknown".</summary>
    public static string YesNo(bool? value) => value switch
    {
        true => "Yes",
        false => "No",
        null => Unknown,
    };

    /// <summary>A benchmark category as a heading: "Long context", "Math".</summary>
    public static string CategoryName(BenchmarkCategory category) => category switch
    {
        BenchmarkCategory.LongContext => "Long context",
        _ => category.ToString(),
    };

    /// <summary>Table name of a decision-fit tag: "RAG", "Long context".</summary>
    public static string DecisionFitName(DecisionFit fit) => fit switch
    {
        DecisionFit.Coding => "Coding",
        DecisionFit.Agents => "Agents",
        DecisionFit.Rag => "RAG",
        DecisionFit.LongContext => "Long context",
        DecisionFit.Multimodal => "Multimodal",
        DecisionFit.Reasoning => "Reasoning",
        DecisionFit.Budget => "Budget",
        DecisionFit.SelfHosting => "Self-hosting",
        DecisionFit.Chat => "Chat",
        _ => fit.ToString(),
    };

    /// <summary>A decision-fit tag as a workload inside a sentence: "coding", "long-context work".</summary>
    public static string DecisionFitPhrase(DecisionFit fit) => fit switch
    {
        DecisionFit.Coding => "coding",
        DecisionFit.Agents => "tool-using agents",
        DecisionFit.Rag => "retrieval-augmented generation",
        DecisionFit.LongContext => "long-document work",
        DecisionFit.Multimodal => "image and document input",
        DecisionFit.Reasoning => "multi-step reasoning",
        DecisionFit.Budget => "high-volume, low-cost workloads",
        DecisionFit.SelfHosting => "self-hosting",
        DecisionFit.Chat => "general chat",
        _ => fit.ToString(),
    };

    /// <summary>"Open weights", "Closed weights" or "Unknown".</summary>
    public static string Openness(bool? openWeights) => openWeights switch
    {
        true => "Open weights",
        false => "Closed weights",
        null => Unknown,
    };

    public static string CommercialUse(CommercialUse use) => use switch
    {
        Catalog.CommercialUse.Permitted => "Permitted",
        Catalog.CommercialUse.Conditional => "Conditional",
        Catalog.CommercialUse.NotPermitted => "Not permitted",
        _ => Unknown,
    };

    /// <summary>"Active", "Preview", "Deprecated".</summary>
    public static string Status(RouteStatus status) => status.ToString();

    /// <summary>"Mixture of experts" for "mixture-of-experts"; free text as written.</summary>
    public static string Architecture(string? architecture) => architecture switch
    {
        null or "" => Unknown,
        "mixture-of-experts" => "Mixture of experts",
        "dense" => "Dense",
        _ => architecture,
    };

    /// <summary>"671B", "1.76T", "671B total, 37B active".</summary>
    public static string Parameters(ParameterCount? parameters)
    {
        if (parameters is null || (parameters.TotalBillions is null && parameters.ActiveBillions is null))
        {
            return Unknown;
        }

        if (parameters.TotalBillions is { } total)
        {
            return parameters.ActiveBillions is { } active && active != total
                ? $"{Billions(total)} total, {Billions(active)} active"
                : Billions(total);
        }

        return $"{Billions(parameters.ActiveBillions!.Value)} active";
    }

    /// <summary>"671B", "1.76T", "0.6B".</summary>
    public static string Billions(decimal billions) => billions >= 1000m
        ? ThreeSignificant(billions / 1000m).ToString("#,0.##", Inv) + "T"
        : Math.Round(billions, 1, MidpointRounding.AwayFromZero).ToString("#,0.#", Inv) + "B";

    /// <summary>"Text, image", or <see cref="Unknown"/> when none are listed.</summary>
    public static string Modalities(IEnumerable<Modality> modalities)
    {
        var names = modalities.Select(m => m == Modality.Pdf ? "PDF" : m.ToString().ToLowerInvariant()).ToList();
        if (names.Count == 0)
        {
            return Unknown;
        }

        names[0] = names[0] == "PDF" ? names[0] : char.ToUpperInvariant(names[0][0]) + names[0][1..];
        return string.Join(", ", names);
    }

    /// <summary>"a" or "an" for the word that follows.</summary>
    public static string Article(string word) =>
        !string.IsNullOrEmpty(word) && "aeiouAEIOU".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";

    private static decimal ThreeSignificant(decimal value) => value switch
    {
        < 10m => Math.Round(value, 2, MidpointRounding.AwayFromZero),
        < 100m => Math.Round(value, 1, MidpointRounding.AwayFromZero),
        _ => Math.Round(value, 0, MidpointRounding.AwayFromZero),
    };
}
