namespace ModelCompare.Import.Building;

/// <summary>One source's value for a model fact: a provider's route, or a named source (models.dev, LLM Stats).</summary>
/// <param name="Value">The value, written as the data files write it ("131072", "2024-07-23", "true").</param>
/// <param name="Source">The route's provider slug, or the source's name.</param>
/// <param name="IsRoute">True for a provider's route (counted), false for a named source (listed).</param>
/// <param name="IsMaker">True when the model's maker gives the value (its own route).</param>
internal sealed record Vote(string Value, string Source, bool IsRoute, bool IsMaker);

/// <summary>One value sources give for a fact: how many routes give it, which other sources, and whether the maker does.</summary>
internal sealed record VotedValue(string Value, int Routes, IReadOnlyList<string> Sources, bool Maker)
{
    public int Count => Routes + Sources.Count;
}

/// <summary>A fact the sources disagree on, with every value they give; the value the catalog took comes first.</summary>
internal sealed record Dispute(string Field, IReadOnlyList<VotedValue> Values);

/// <summary>
/// Decides a model fact from its sources: the maker's own value first, then the value most sources give.
/// Where sources give more than one value, the disagreement is kept so pages can say so.
/// </summary>
internal static class FactAgreement
{
    /// <summary>The value the catalog takes, and the dispute when the sources give more than one value.</summary>
    /// <param name="field">The data file's field name.</param>
    /// <param name="votes">Every source's value.</param>
    /// <param name="preferred">A value to take on a tie (the models.dev record's), or null.</param>
    /// <param name="tieBreak">Orders tied values when <paramref name="preferred"/> is not among them (first wins).</param>
    /// <param name="preferredWins">True when <paramref name="preferred"/> is taken over a majority (not over the maker).</param>
    public static (string? Value, Dispute? Dispute) Decide(string field, IReadOnlyList<Vote> votes, string? preferred, IComparer<string> tieBreak, bool preferredWins = false)
    {
        ArgumentNullException.ThrowIfNull(votes);
        ArgumentNullException.ThrowIfNull(tieBreak);
        if (votes.Count == 0)
        {
            return (null, null);
        }

        var values = votes.GroupBy(v => v.Value, StringComparer.Ordinal)
            .Select(g => new VotedValue(
                g.Key,
                g.Where(v => v.IsRoute).Select(v => v.Source).Distinct(StringComparer.Ordinal).Count(),
                [.. g.Where(v => !v.IsRoute).Select(v => v.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                g.Any(v => v.IsMaker)))
            .ToList();
        var maker = values.Where(v => v.Maker).ToList();
        VotedValue chosen;
        if (maker.Count == 1)
        {
            chosen = maker[0];
        }
        else if (preferredWins && values.FirstOrDefault(v => v.Value == preferred) is { } taken)
        {
            chosen = taken;
        }
        else
        {
            var pool = maker.Count > 1 ? maker : values;
            var most = pool.Max(v => v.Count);
            var tied = pool.Where(v => v.Count == most).ToList();
            chosen = tied.FirstOrDefault(v => v.Value == preferred) ?? tied.OrderBy(v => v.Value, tieBreak).First();
        }

        if (values.Count == 1)
        {
            return (chosen.Value, null);
        }

        var ordered = new List<VotedValue> { chosen };
        ordered.AddRange(values.Where(v => v != chosen).OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal));
        return (chosen.Value, new Dispute(field, ordered));
    }

    /// <summary>Larger numbers first.</summary>
    public static IComparer<string> LargerFirst { get; } = Comparer<string>.Create((a, b) =>
        long.TryParse(b, System.Globalization.CultureInfo.InvariantCulture, out var y) && long.TryParse(a, System.Globalization.CultureInfo.InvariantCulture, out var x)
            ? y.CompareTo(x)
            : string.CompareOrdinal(a, b));

    /// <summary>Earlier dates (and any other text) in ordinal order.</summary>
    public static IComparer<string> Ordinal { get; } = StringComparer.Ordinal;
}
