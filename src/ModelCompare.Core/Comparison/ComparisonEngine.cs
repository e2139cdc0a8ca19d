using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>
/// Compares two models of one catalog snapshot at one traffic profile. Plain C#: no I/O. Safe to share
/// as a singleton; catalog-wide figures are computed once per snapshot and dropped with it.
/// </summary>
public sealed partial class ComparisonEngine
{
    private readonly ConditionalWeakTable<CatalogSnapshot, CatalogStats> _stats = [];

    private readonly ConditionalWeakTable<CatalogSnapshot, ModelMemo> _memos = [];

    private CatalogStats StatsFor(CatalogSnapshot catalog) => _stats.GetValue(catalog, c => new CatalogStats(c));

    private ModelMemo MemoFor(CatalogSnapshot catalog) => _memos.GetValue(catalog, c => new ModelMemo(this, c));

    /// <summary>
    /// Each model's facts at the default traffic and its ranked alternatives, worked out once per
    /// snapshot: every pair page at the default traffic reads two of each, and computing them per page
    /// cost more than rendering it. The facts are all needed by the first page (the home page lists
    /// them); a model's alternatives are ranked when a page first asks, so start-up does not rank all.
    /// </summary>
    private sealed class ModelMemo(ComparisonEngine engine, CatalogSnapshot catalog)
    {
        private readonly ConcurrentDictionary<string, ImmutableArray<(string Slug, RelatedReason Reason)>> _alternatives = new(StringComparer.Ordinal);

        public FrozenDictionary<string, ModelFacts> DefaultFacts { get; } =
            catalog.Models.ToFrozenDictionary(m => m.Slug, m => engine.DescribeAt(catalog, m, TrafficProfile.Default), StringComparer.Ordinal);

        public ImmutableArray<(string Slug, RelatedReason Reason)> AlternativeCandidates(Model model) =>
            _alternatives.GetOrAdd(model.Slug, static (_, state) => state.engine.AlternativeCandidates(state.catalog, state.model), (engine, catalog, model));
    }

    /// <summary>"/compare/{a}-vs-{b}" with the two slugs in ordinal order.</summary>
    public static string CanonicalPath(string slugA, string slugB) =>
        string.CompareOrdinal(slugA, slugB) <= 0 ? $"/compare/{slugA}-vs-{slugB}" : $"/compare/{slugB}-vs-{slugA}";
}
