using Dapper;
using Microsoft.Data.Sqlite;
using ModelCompare.Catalog;
using ModelCompare.Data.Storage;

namespace ModelCompare.Data.Tests;

public sealed class CatalogDatabaseTests : IDisposable
{
    private static readonly DateTimeOffset BuiltAt = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private readonly DataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private CatalogSnapshot BuildAndLoad()
    {
        CatalogDatabase.Build(_folder.Read(), _folder.Database, BuiltAt);
        return CatalogDatabase.Load(_folder.Database);
    }

    private T Scalar<T>(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_folder.Database};Mode=ReadOnly;Pooling=False");
        return connection.ExecuteScalar<T>(sql)!;
    }

    [Fact]
    public void A_score_another_party_reported_keeps_its_reporter_through_the_database_and_a_makers_claim_has_none()
    {
        _folder.Replace("benchmarks/gpqa-diamond.yaml", "  - model: deepseek-v3-2\n", "  - model: gpt-4o\n    value: 50\n    source: anthropic.com\n    source_url: https://www.anthropic.com/news\n    self_reported: false\n    reported_by: anthropic\n  - model: deepseek-v3-2\n");
        _folder.Replace("benchmarks/gpqa-diamond.yaml", "    self_reported: true\n", "    self_reported: true\n    reported_by: deepseek\n");

        var scores = BuildAndLoad().ScoresOn("gpqa-diamond");

        var reported = scores.Single(s => s.SourceName == "anthropic.com");
        Assert.Equal(("anthropic", ScoreKind.Reported, false), (reported.ReportedBy, reported.Kind, reported.Independent));
        var claim = scores.Single(s => s.ModelSlug == "deepseek-v3-2");
        Assert.Equal((null, ScoreKind.MakersClaim), (claim.ReportedBy, claim.Kind));
        Assert.Equal((null, ScoreKind.Independent), (scores.Single(s => s.SourceName == "Epoch AI").ReportedBy, scores.Single(s => s.SourceName == "Epoch AI").Kind));
    }

    [Fact]
    public void A_model_round_trips_through_the_database_unchanged()
    {
        var fromFiles = _folder.Read().Models.Single(m => m.Slug == "gpt-4o");

        var fromDatabase = BuildAndLoad().FindModel("gpt-4o")!;

        Assert.Equal(
            fromFiles with { Aliases = [], ApiIds = [], DecisionFit = [], Sources = [], Modalities = Modalities.Empty, Modes = [], SourcesDiffer = [] },
            fromDatabase with { Aliases = [], ApiIds = [], DecisionFit = [], Sources = [], Modalities = Modalities.Empty, Modes = [], SourcesDiffer = [] });
        Assert.Equal<string>(["gpt4o"], fromDatabase.Aliases);
        Assert.Equal<string>(["gpt-4o", "gpt-4o-2024-08-06"], fromDatabase.ApiIds);
        Assert.Equal<Modality>([Modality.Text, Modality.Image], fromDatabase.Modalities.Input);
        Assert.Equal(new SourceRef("models.dev", "https://github.com/anomalyco/models.dev"), Assert.Single(fromDatabase.Sources));
        Assert.True(fromDatabase.Capabilities[Capability.Vision]);
        Assert.Null(fromDatabase.Capabilities[Capability.Reasoning]);
    }

    [Fact]
    public void Modes_the_commercial_use_note_and_the_sources_that_differ_round_trip()
    {
        var model = BuildAndLoad().FindModel("deepseek-v3-2")!;

        Assert.Equal<string>(["thinking", "non-thinking"], model.Modes);
        Assert.Equal("Credit to the authors is required.", model.CommercialUseNote);
        var dispute = Assert.Single(model.SourcesDiffer);
        Assert.Equal("context_window", dispute.Field);
        Assert.Equal(2, dispute.Values.Length);
        Assert.Equal(("163840", 12, true), (dispute.Values[0].Value, dispute.Values[0].Routes, dispute.Values[0].Maker));
        Assert.Equal(("131072", 1, false), (dispute.Values[1].Value, dispute.Values[1].Routes, dispute.Values[1].Maker));
        Assert.Equal<string>(["models.dev"], dispute.Values[1].Sources);
    }

    [Fact]
    public void A_score_without_a_date_and_with_notes_round_trips()
    {
        _folder.Replace("benchmarks/gpqa-diamond.yaml", "    date: 2025-12-01\n", string.Empty);

        var score = BuildAndLoad().ScoresFor("deepseek-v3-2").Single();

        Assert.Null(score.Date);
        Assert.Equal("Reasoning mode (w/o tool use)", score.Notes);
        Assert.Equal("high effort", score.Variant);
    }

    [Fact]
    public void A_scores_measured_cost_to_run_round_trips_and_a_score_without_one_has_none()
    {
        _folder.Replace("benchmarks/gpqa-diamond.yaml", "    date: 2025-12-01\n", "    date: 2025-12-01\n    cost_to_run: {usd: 0.0375, per: task}\n");

        var catalog = BuildAndLoad();

        Assert.Equal(new RunCost(0.0375m, RunCostUnit.Task), catalog.ScoresFor("deepseek-v3-2").Single().Cost);
        Assert.Null(catalog.ScoresFor("gpt-4o").Single().Cost);
    }

    [Fact]
    public void Routes_keep_prices_tiers_history_and_the_free_tier_flag()
    {
        var catalog = BuildAndLoad();

        var openai = catalog.RoutesFor("gpt-4o").Single();
        Assert.Equal(new TokenPrices(2.5m, 10m, 1.25m, null), openai.Price);
        Assert.Equal(new TokenPrices(1.25m, 5m), openai.BatchPrice);
        Assert.Equal<PricePoint>([new PricePoint(new DateOnly(2024, 5, 13), PriceEvent.Added, new TokenPrices(5m, 15m)), new PricePoint(new DateOnly(2024, 8, 6), PriceEvent.Changed, new TokenPrices(2.5m, 10m))], openai.History);

        var deepseek = catalog.RoutesFor("deepseek-v3-2").Single(r => r.ProviderSlug == "deepseek");
        Assert.Equal(new PriceTier(128000, new TokenPrices(0.56m, 0.84m)), Assert.Single(deepseek.Tiers));
        Assert.Equal<string>(["cn"], deepseek.Regions);

        var free = catalog.RoutesFor("deepseek-v3-2").Single(r => r.ProviderSlug == "openrouter");
        Assert.True(free.IsFreeTier);
        Assert.Null(free.Price);
        Assert.False(free.HasCompletePrice);
    }

    [Fact]
    public void A_history_entrys_context_tiers_round_trip_and_an_entry_without_them_stays_unsaid()
    {
        _folder.Replace("routes/openai/gpt-4o.yaml", "    input: 5\n    output: 15\n", "    input: 5\n    output: 15\n    tiers:\n      - above_tokens: 128000\n        input: 10\n        output: 30\n");
        _folder.Replace("routes/openai/gpt-4o.yaml", "    input: 2.5\n    output: 10\n", "    input: 2.5\n    output: 10\n    tiers: []\n");
        _folder.Replace("routes/openai/gpt-4o.yaml", "    output: 10\n    tiers: []\n", "    output: 10\n    tiers: []\n  - date: 2024-09-01\n    event: changed\n    input: 2.5\n    output: 10\n");

        var history = BuildAndLoad().RoutesFor("gpt-4o").Single().History;

        Assert.Equal(3, history.Length);
        Assert.Equal(new PriceTier(128_000, new TokenPrices(10m, 30m)), Assert.Single(history[0].Tiers!.Value));
        Assert.Empty(history[1].Tiers!.Value);
        Assert.Null(history[2].Tiers);
        // $5/$15 to $2.50/$10, and the tier dropped.
        Assert.Equal("Price changed; long-context tier removed", Comparison.Sentences.PriceEventText(history[0], history[1]));
    }

    [Fact]
    public void Service_tier_prices_fees_thinking_prices_and_price_sources_round_trip()
    {
        _folder.Write("routes/openai/gpt-4o.yaml", """
            price:
              input: 2.5
              output: 10
              cache_read: 1.25
              cache_write: 3.125
              cache_write_1h: 5
              reasoning: 12
            flex:
              input: 1.25
              output: 5
            priority:
              input: 4.25
              output: 17
              cache_read: 2.125
            fees:
              per_1k_requests: 12
            price_sources:
              priority:
                url: https://example.com/priority
                checked: 2025-11-21
            source_url: https://openai.com/api/pricing
            checked: 2026-07-01

            """);

        var openai = BuildAndLoad().RoutesFor("gpt-4o").Single();

        Assert.Equal(new TokenPrices(2.5m, 10m, 1.25m, 3.125m, 5m, 12m), openai.Price);
        Assert.Equal(new TokenPrices(1.25m, 5m), openai.FlexPrice);
        Assert.Equal(new TokenPrices(4.25m, 17m, 2.125m), openai.PriorityPrice);
        Assert.Equal(new RouteFees(12m, null), openai.Fees);
        Assert.Equal(new PriceSource("https://example.com/priority", new DateOnly(2025, 11, 21)), Assert.Single(openai.PriceSources).Value);
    }

    [Fact]
    public void A_price_sources_note_saying_the_page_is_not_the_sellers_own_round_trips()
    {
        _folder.Write("routes/openai/gpt-4o.yaml", """
            price:
              input: 2.5
              output: 10
            batch:
              input: 1.25
              output: 5
            price_sources:
              batch:
                url: https://community.example.com/batch
                checked: 2026-12-04
                note: a forum post, not a page of OpenAI's own
            source_url: https://openai.com/api/pricing
            checked: 2026-07-01

            """);

        var openai = BuildAndLoad().RoutesFor("gpt-4o").Single();

        Assert.Equal(
            new PriceSource("https://community.example.com/batch", new DateOnly(2026, 12, 4)) { Note = "a forum post, not a page of OpenAI's own" },
            openai.PriceSources["batch"]);
    }

    [Fact]
    public void Decimals_are_stored_as_exact_text()
    {
        BuildAndLoad();

        Assert.Equal("text", Scalar<string>("SELECT typeof(input) FROM route_prices WHERE input = '0.028' OR cache_read = '0.028'"));
        Assert.Equal("0.028", Scalar<string>("SELECT cache_read FROM route_prices WHERE cache_read = '0.028'"));
    }

    [Fact]
    public void Dates_are_stored_as_iso_text_and_booleans_as_integers()
    {
        BuildAndLoad();

        Assert.Equal("2024-05-13", Scalar<string>("SELECT release_date FROM models WHERE slug = 'gpt-4o'"));
        Assert.Equal("integer", Scalar<string>("SELECT typeof(open_weights) FROM models WHERE slug = 'gpt-4o'"));
        Assert.Equal(0L, Scalar<long>("SELECT open_weights FROM models WHERE slug = 'gpt-4o'"));
        Assert.Equal(1L, Scalar<long>("SELECT is_free_tier FROM routes WHERE provider_slug = 'openrouter'"));
    }

    [Fact]
    public void The_database_records_the_hash_of_the_data_it_was_built_from()
    {
        var data = _folder.Read();

        CatalogDatabase.Build(data, _folder.Database, BuiltAt);

        Assert.Equal(data.Hash, CatalogDatabase.ReadDataHash(_folder.Database));
        Assert.Equal(data.Hash, CatalogDatabase.Load(_folder.Database).Version.Hash);
    }

    [Fact]
    public void Invalid_data_is_never_written()
    {
        _folder.Replace("models/openai/gpt-4o.md", "context_window: 128000", "context_window: 128k");

        Assert.Throws<InvalidOperationException>(() => CatalogDatabase.Build(_folder.Read(), _folder.Database, BuiltAt));
        Assert.False(File.Exists(_folder.Database));
        Assert.Empty(Directory.EnumerateFiles(_folder.Root, "*.tmp"));
    }

    [Fact]
    public void A_refused_change_keeps_the_last_good_database_and_snapshot()
    {
        var paths = new CatalogPaths(_folder.Data, _folder.Database);
        var first = SnapshotLoader.Refresh(paths, TimeProvider.System);
        var goodHash = CatalogDatabase.ReadDataHash(_folder.Database);

        _folder.Replace("models/openai/gpt-4o.md", "context_window: 128000", "context_window: 128k");
        var second = SnapshotLoader.Refresh(paths, TimeProvider.System);

        Assert.True(first.Rebuilt);
        Assert.False(second.IsValid);
        Assert.Equal(goodHash, CatalogDatabase.ReadDataHash(_folder.Database));
        Assert.Equal(128000, second.Snapshot!.FindModel("gpt-4o")!.ContextWindow);
    }

    [Fact]
    public void The_hash_without_parsing_equals_the_hash_of_a_full_read()
    {
        Assert.Equal(_folder.Read().Hash, DataSetReader.Hash(_folder.Data));
    }

    [Fact]
    public void A_database_built_from_the_same_files_is_loaded_without_validating_again()
    {
        var paths = new CatalogPaths(_folder.Data, _folder.Database);
        SnapshotLoader.Refresh(paths, TimeProvider.System);
        var hash = CatalogDatabase.ReadDataHash(_folder.Database);

        // Touching a file's time without changing its bytes keeps the hash, so nothing is rebuilt.
        File.SetLastWriteTimeUtc(Path.Combine(_folder.Data, "models/openai/gpt-4o.md"), DateTime.UtcNow);
        var again = SnapshotLoader.Refresh(paths, TimeProvider.System);

        Assert.False(again.Rebuilt);
        Assert.Equal(hash, again.Snapshot!.Version.Hash);
    }

    [Fact]
    public void The_snapshot_being_served_is_kept_when_the_files_have_not_changed()
    {
        var paths = new CatalogPaths(_folder.Data, _folder.Database);
        var first = SnapshotLoader.Refresh(paths, TimeProvider.System);

        var again = SnapshotLoader.Refresh(paths, TimeProvider.System, first.Snapshot);

        Assert.Same(first.Snapshot, again.Snapshot);
    }

    [Fact]
    public void An_unchanged_data_folder_does_not_rebuild_the_database()
    {
        var paths = new CatalogPaths(_folder.Data, _folder.Database);
        SnapshotLoader.Refresh(paths, TimeProvider.System);

        var again = SnapshotLoader.Refresh(paths, TimeProvider.System);

        Assert.False(again.Rebuilt);
    }
}
