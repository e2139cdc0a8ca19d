using ModelCompare.Catalog;
using DataSet = ModelCompare.Data.DataSet;
using DataSetReader = ModelCompare.Data.DataSetReader;
using ModelCompare.Import.Building;
using ModelCompare.Import.Output;

namespace ModelCompare.Import.Tests;

/// <summary>
/// Imports the small datasets folder in Fixtures/datasets once and writes it out, as the real import does. Each
/// datasets file holds just enough to exercise one rule: DeepSeek's floating names, GPT-4o's dated snapshots, one
/// Llama with a quantized, a regional and a free offer and a host that disagrees on its facts, a classifier and a
/// voice-chat model, LLM Stats' free-text settings, and Epoch runs on other snapshots and before a release.
/// </summary>
public sealed class ImportedFixture : IDisposable
{
    public ImportedFixture()
    {
        var fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        Datasets = Path.Combine(fixtures, "datasets");
        Licenses = LicenseTable.Load(Path.Combine(fixtures, "licenses.yaml"));
        Out = Directory.CreateTempSubdirectory("mc-import-").FullName;
        Catalog = DatasetCatalogBuilder.Build(Datasets, Licenses, Report);
        DataWriter.Write(Catalog, Out);
        ReportText = Report.Render(Catalog);
        Data = DataSetReader.Read(Out);
    }

    public string Datasets { get; }

    internal LicenseTable Licenses { get; }

    public string Out { get; }

    internal ImportReport Report { get; } = new();

    internal Building.Catalog Catalog { get; }

    public string ReportText { get; }

    /// <summary>The written files, read back by the site's own reader.</summary>
    public DataSet Data { get; }

    public void Dispose() => Directory.Delete(Out, recursive: true);
}

public sealed class FixtureImportTests(ImportedFixture fixture) : IClassFixture<ImportedFixture>
{
    private Model Model(string slug) => fixture.Data.Models.Single(m => m.Slug == slug);

    private IEnumerable<Route> Routes(string model) => fixture.Data.Routes.Where(r => r.ModelSlug == model);

    private IEnumerable<BenchmarkScore> Scores(string benchmark) => fixture.Data.Scores.Where(s => s.BenchmarkSlug == benchmark);

    [Fact]
    public void The_written_files_pass_validation()
    {
        Assert.Empty(fixture.Data.Problems);
        Assert.Empty(fixture.Data.Warnings);
    }

    [Fact]
    public void A_floating_name_becomes_an_alias_of_the_model_it_served_and_adds_its_mode()
    {
        Assert.DoesNotContain(fixture.Data.Models, m => m.Slug is "deepseek-chat" or "deepseek-reasoner");
        var flash = Model("deepseek-v4-flash");
        Assert.Equal<string>(["deepseek-chat", "deepseek-reasoner"], flash.Aliases);
        Assert.Equal<string>(["non-thinking", "thinking"], flash.Modes);

        // DeepSeek's own routes under the floating names are the same offer as its V4 Flash route: one route, folded with its reason.
        var deepseek = Assert.Single(Routes("deepseek-v4-flash"), r => r.ProviderSlug == "deepseek");
        Assert.Equal("deepseek-v4-flash", deepseek.ApiId);
        Assert.Contains(fixture.Report.Lines(ImportReport.FoldsHeading), l => l.StartsWith("deepseek/deepseek-v4-flash: deepseek-chat folded into deepseek-v4-flash, a floating name", StringComparison.Ordinal));
        Assert.Contains(fixture.Report.Lines(ImportReport.MergesHeading), l => l.StartsWith("deepseek-chat -> deepseek-v4-flash: floating name; on 2026-07-01 the maker sold it at deepseek-v4-flash's price and limits", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dated_snapshot_priced_apart_stays_a_model_linked_by_family_and_successor()
    {
        var old = Model("gpt-4o-2024-05-13");
        Assert.Equal(("gpt-4o", "gpt-4o"), (old.Family, old.SuccessorSlug));
        Assert.Equal(new TokenPrices(5m, 15m), Assert.Single(Routes("gpt-4o-2024-05-13")).Price);

        // The snapshot the undated name points to (models.dev's record was last updated on its date) is the same model.
        var current = Model("gpt-4o");
        Assert.Contains("gpt-4o-2024-08-06", current.ApiIds);
        Assert.Equal(new TokenPrices(2.5m, 10m), Routes("gpt-4o").Single(r => r.ProviderSlug == "openai").Price);
    }

    [Fact]
    public void Quantized_regional_and_free_offers_are_variant_routes_not_folded()
    {
        var variants = Routes("llama-3-1-8b-instruct").Where(r => r.Variant is not null)
            .Select(r => $"{r.Key}:{r.Variant!.Kind}:{r.Variant.Detail}").Order(StringComparer.Ordinal);

        Assert.Equal(["amazon-bedrock--eu:Regional:EU endpoint", "openrouter--free:Plan:free tier", "togetherai--fp8:Quantized:FP8"], variants);
        Assert.Equal(new TokenPrices(0.18m, 0.18m), Routes("llama-3-1-8b-instruct").Single(r => r.Key == "togetherai").Price);
        Assert.True(Routes("llama-3-1-8b-instruct").Single(r => r.Key == "openrouter--free").IsFreeTier);
    }

    [Fact]
    public void Facts_come_from_the_value_most_sources_give_and_disagreements_are_kept()
    {
        var llama = Model("llama-3-1-8b-instruct");

        Assert.Equal((131072L, 8192L), (llama.ContextWindow, llama.MaxOutput));
        Assert.Equal(new DateOnly(2024, 7, 23), llama.ReleaseDate);
        var context = llama.SourcesDiffer.Single(d => d.Field == "context_window");
        Assert.Equal(["131072:3", "16000:1"], context.Values.Select(v => $"{v.Value}:{v.Routes}"));
        var release = llama.SourcesDiffer.Single(d => d.Field == "release_date");
        Assert.Equal<string>(["LLM Stats"], release.Values[0].Sources);
        Assert.Contains(fixture.Report.Lines(ImportReport.DisputesHeading), l => l == "llama-3-1-8b-instruct context_window: took 131072 (3 routes); also 16000 (1 route)");
    }

    [Fact]
    public void The_makers_route_decides_over_other_sources_and_the_date_in_the_snapshots_own_id_over_the_route()
    {
        var gpt = Model("gpt-4o");

        // The maker's route dates the undated name 2024-05-13 and wins over the other sources, but this catalog model
        // is the 2024-08-06 snapshot (its id says so, and it carries that snapshot's price): the id's date is taken.
        Assert.Contains(fixture.Report.Lines("Release dates more than 45 days from LLM Stats'"), l => l.StartsWith("gpt-4o: took 2024-05-13 (the maker's route); LLM Stats 2024-08-06", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2024, 8, 6), gpt.ReleaseDate);
        var release = gpt.SourcesDiffer.Single(d => d.Field == "release_date");
        Assert.True(release.Values[0].Maker);
        Assert.Equal(["2024-08-06", "2024-05-13"], release.Values.Select(v => v.Value));
        Assert.Contains("gpt-4o: 2024-05-13 replaced by 2024-08-06, the date in its id", fixture.Report.Lines(Building.ModelFactsBuilder.ReleaseVsIdDate));
    }

    [Fact]
    public void A_release_date_long_before_the_date_in_the_models_name_is_left_out_even_from_the_maker()
    {
        // Mistral's record for Mistral Large 3 keeps Mistral Large 2411's date; the 2512 in its name says December 2025.
        var large = Model("mistral-large-2512");

        Assert.Equal(new DateOnly(2025, 12, 1), large.ReleaseDate);
        Assert.Equal(["2025-12-01", "2025-12-02"], large.SourcesDiffer.Single(d => d.Field == "release_date").Values.Select(v => v.Value));
        Assert.Equal(["mistral-large-2512: named for December 2025; left out 2024-11-01 from models.dev, 2024-11-01 from mistral"],
            fixture.Report.Lines(Building.ModelFactsBuilder.EarlyDatesHeading));
    }

    [Fact]
    public void A_makers_route_under_a_floating_name_does_not_decide_the_release_date()
    {
        // magistral-medium-latest's record carries a date from before Magistral existed; LLM Stats has its launch.
        var magistral = Model("magistral-medium");

        Assert.Equal(new DateOnly(2025, 6, 10), magistral.ReleaseDate);
        var release = magistral.SourcesDiffer.Single(d => d.Field == "release_date");
        Assert.DoesNotContain(release.Values, v => v.Maker);
        Assert.Contains("magistral-medium: the maker's route is the floating name magistral-medium-latest, whose date (2025-03-17) is the name's",
            fixture.Report.Lines(Building.ModelFactsBuilder.MakerDatesHeading));
    }

    [Fact]
    public void A_floating_name_that_moved_on_makes_the_model_it_now_serves_the_successor_of_the_one_it_described()
    {
        // deepseek-chat's record links DeepSeek V3.2's weights; on the data's date the name serves V4 Flash.
        Assert.Equal("deepseek-v4-flash", Model("deepseek-v3-2").SuccessorSlug);
        Assert.Equal(["deepseek-v3-2 -> deepseek-v4-flash: deepseek-chat's record describes it (its weights, released 2025-12-01) and the name now serves deepseek-v4-flash"],
            fixture.Report.Lines(DuplicateMerger.SupersededHeading));
    }

    [Fact]
    public void A_model_no_dataset_names_a_license_for_takes_the_one_whose_models_list_covers_it()
    {
        var large = Model("mistral-large-2512");

        Assert.Equal(("Apache-2.0", CommercialUse.Permitted), (large.License, large.CommercialUse));
        Assert.Contains("mistral-large-2512: Apache-2.0", fixture.Report.Lines("Licenses from the table's models list (no dataset names one)"));
        // The table's list is the maker's model card: it comes before the license a dataset names (docs/import.md).
        Assert.Equal("Llama 3.1 Community License", Model("llama-3-1-8b-instruct").License);
    }

    [Fact]
    public void Commercial_use_comes_from_the_license_table_not_the_datasets_flag()
    {
        // LLM Stats marks the Llama 3.1 license as not allowing commercial use; the table says what it allows.
        var llama = Model("llama-3-1-8b-instruct");
        Assert.Equal(("Llama 3.1 Community License", CommercialUse.Conditional), (llama.License, llama.CommercialUse));
        Assert.StartsWith("A service with more than 700 million monthly active users", llama.CommercialUseNote, StringComparison.Ordinal);

        var gpt = Model("gpt-4o");
        Assert.Equal(("Proprietary", CommercialUse.Permitted), (gpt.License, gpt.CommercialUse));
        Assert.Equal("The maker's API terms permit commercial use of the outputs; the weights are not available.", gpt.CommercialUseNote);
    }

    [Fact]
    public void Parameters_come_from_the_datasets_and_are_never_guessed()
    {
        Assert.Equal(8m, Model("llama-3-1-8b-instruct").Parameters!.TotalBillions);
        Assert.Null(Model("deepseek-v4-flash").Parameters);
        Assert.Null(Model("deepseek-v4-flash").Architecture);
    }

    [Fact]
    public void Classifiers_and_voice_chat_models_are_left_out()
    {
        Assert.DoesNotContain(fixture.Data.Models, m => m.Slug.Contains("safeguard", StringComparison.Ordinal) || m.Slug.Contains("voicechat", StringComparison.Ordinal));
        Assert.Contains("- openai/gpt-oss-safeguard-20b", fixture.ReportText, StringComparison.Ordinal);
        Assert.Contains("- nvidia/nemotron-voicechat", fixture.ReportText, StringComparison.Ordinal);
    }

    [Fact]
    public void Free_text_settings_become_the_vocabulary_and_the_words_go_to_notes()
    {
        var llama = Scores("gpqa-diamond").Single(s => s.ModelSlug == "llama-3-1-8b-instruct");
        Assert.Equal(("0-shot, chain-of-thought, pass@1", "0-shot CoT, Pass@1"), (llama.Variant, llama.Notes));

        var gpt = Scores("gpqa-diamond").Single(s => s.ModelSlug == "gpt-4o" && s.SourceName == "LLM Stats");
        Assert.Equal(("no tools, no thinking", "GPT-4o - Diamond no thinking no tools"), (gpt.Variant, gpt.Notes));
        Assert.All(fixture.Data.Scores, s => Assert.True(BenchmarkSetting.TryParse(s.Variant, out _, out _)));
    }

    [Fact]
    public void Fractions_become_percent()
    {
        var mbpp = Assert.Single(Scores("mbpp"));

        Assert.Equal(72.8m, mbpp.Value);
        Assert.Equal("percent", fixture.Data.Benchmarks.Single(b => b.Slug == "mbpp").Unit);
    }

    [Fact]
    public void A_score_belongs_only_to_the_version_it_ran_on()
    {
        var gpqa = Scores("gpqa-diamond").ToList();

        // Epoch's gpt-4o-2024-08-06 is GPT-4o's own snapshot; its 2024-05-13 run is the older model's; its 2024-11-20 run has no model.
        Assert.Equal(49.21m, gpqa.Single(s => s.ModelSlug == "gpt-4o" && s.SourceName == "Epoch AI").Value);
        Assert.Equal(48.89m, gpqa.Single(s => s.ModelSlug == "gpt-4o-2024-05-13").Value);
        Assert.DoesNotContain(gpqa, s => s.Value == 47.88m);
        Assert.Contains(fixture.Report.Lines(BenchmarkBuilder.DroppedVersions), l => l == "gpqa-diamond: Epoch AI's gpt-4o-2024-11-20");
        Assert.Contains(fixture.Report.Lines(BenchmarkBuilder.DroppedVersions), l => l == "gpqa: LLM Stats' gpt-4o-2024-11-20");

        // A run under a floating name belongs to the model the name served on the run's version date, not today's.
        var reasoner = gpqa.Single(s => s.ModelSlug == "deepseek-v3-2");
        Assert.Equal((83.42m, "thinking"), (reasoner.Value, reasoner.Variant));
        Assert.Contains(fixture.Report.Lines(BenchmarkBuilder.DroppedVersions), l => l.StartsWith("models.dev's deepseek/deepseek-chat", StringComparison.Ordinal));
    }

    [Fact]
    public void A_models_dev_score_that_is_another_versions_run_is_dropped()
    {
        // The record's source page names GPT-4o (2024-05-13); the undated record's own page stays.
        Assert.Equal([29.1m], Scores("scicode").Select(s => s.Value));
        Assert.Contains(fixture.Report.Lines(BenchmarkBuilder.DroppedVersions), l => l == "scicode: models.dev's openai/gpt-4o, whose source names gpt-4o-2024-05-13");

        // GPT-4o's record gives the very value Epoch measured on the 2024-05-13 snapshot: that run is the snapshot's.
        Assert.DoesNotContain(Scores("gpqa-diamond"), s => s.ModelSlug == "gpt-4o" && s.Value == 48.89m);
        Assert.Contains(fixture.Report.Lines(BenchmarkBuilder.DroppedVersions), l => l == "gpqa-diamond: models.dev's 48.89 for gpt-4o, which Epoch AI gives for gpt-4o-2024-05-13");
    }

    [Fact]
    public void A_score_is_dated_by_its_run_or_not_at_all()
    {
        var gpqa = Scores("gpqa-diamond").ToList();

        Assert.Equal(new DateOnly(2025, 1, 27), gpqa.Single(s => s.ModelSlug == "gpt-4o" && s.SourceName == "Epoch AI").Date);
        Assert.All(gpqa.Where(s => s.SourceName == "LLM Stats"), s => Assert.Null(s.Date));

        // A run dated before the model's release keeps its score and loses the date.
        Assert.Null(gpqa.Single(s => s.ModelSlug == "deepseek-v4-flash").Date);
        Assert.Contains("deepseek-v4-flash run 2026-01-01, released 2026-04-24", fixture.ReportText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_measured_cost_to_run_travels_with_its_score_in_the_sources_unit()
    {
        // swebench.com's bash-only run of gpt-4o-2024-08-06: 21.62% at $0.37 a task, run 2025-05-14 ("Date run").
        var swe = Scores("swe-bench-verified-bash-only").Single(s => s.ModelSlug == "gpt-4o");
        Assert.Equal(21.62m, swe.Value);
        Assert.Equal(new RunCost(0.37m, RunCostUnit.Task), swe.Cost);
        Assert.Equal("swebench.com leaderboard (bash only)", swe.SourceName);
        Assert.Equal(new DateOnly(2025, 5, 14), swe.Date);

        // A row with no cost has none; nothing is made up for it.
        Assert.Null(Scores("swe-bench-verified-bash-only").Single(s => s.ModelSlug == "gpt-4o-2024-05-13").Cost);

        // WeirdML states its cost per run, kept to four decimals.
        Assert.Equal(new RunCost(1.2346m, RunCostUnit.Run), Scores("weirdml").Single(s => s.ModelSlug == "gpt-4o").Cost);

        // A table whose source measured no cost carries none.
        Assert.All(Scores("gpqa-diamond"), s => Assert.Null(s.Cost));
        Assert.Contains("cost_to_run: {usd: 0.37, per: task}", File.ReadAllText(Path.Combine(fixture.Out, "benchmarks", "swe-bench-verified-bash-only.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Rerunning_the_import_writes_byte_identical_files()
    {
        var again = Directory.CreateTempSubdirectory("mc-import-again-").FullName;
        try
        {
            var report = new ImportReport();
            var catalog = DatasetCatalogBuilder.Build(fixture.Datasets, fixture.Licenses, report);
            DataWriter.Write(catalog, again);

            var first = Directory.EnumerateFiles(fixture.Out, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(fixture.Out, f)).Order(StringComparer.Ordinal).ToList();
            var second = Directory.EnumerateFiles(again, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(again, f)).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(first, second);
            Assert.All(first, f => Assert.Equal(File.ReadAllBytes(Path.Combine(fixture.Out, f)), File.ReadAllBytes(Path.Combine(again, f))));
            Assert.Equal(fixture.ReportText, report.Render(catalog));
        }
        finally
        {
            Directory.Delete(again, recursive: true);
        }
    }
}

/// <summary>
/// The prices models.dev leaves out come from genai-prices and LiteLLM only where their input and output prices are the
/// route's, each with its source; the makers' published discounts fill a batch price no dataset gives.
/// </summary>
public sealed class PriceExtrasTests(ImportedFixture fixture) : IClassFixture<ImportedFixture>
{
    private Route OpenAi(string model) => fixture.Data.Routes.Single(r => r.ProviderSlug == "openai" && r.ModelSlug == model && r.Variant is null);

    [Fact]
    public void A_dataset_that_agrees_on_the_price_adds_its_tiers_fees_and_service_tiers_with_their_source()
    {
        var route = OpenAi("gpt-4o");

        Assert.Equal(new PriceTier(128_000, new TokenPrices(5m, 20m)), Assert.Single(route.Tiers));
        Assert.Equal(new RouteFees(1.5m, null), route.Fees);
        Assert.Equal(new TokenPrices(1.25m, 5m), route.BatchPrice);
        Assert.Equal(new TokenPrices(4.25m, 17m, 2.125m), route.PriorityPrice);
        Assert.Null(route.FlexPrice);
        Assert.StartsWith("https://github.com/pydantic/genai-prices/blob/", route.PriceSources["tiers"].Url, StringComparison.Ordinal);
        Assert.EndsWith("/prices/providers/openai.yml", route.PriceSources["fees"].Url, StringComparison.Ordinal);
        Assert.StartsWith("https://github.com/BerriAI/litellm/blob/", route.PriceSources["batch"].Url, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2025, 11, 21), route.PriceSources["priority"].Checked);
    }

    [Fact]
    public void A_dataset_whose_price_differs_from_the_route_adds_nothing()
    {
        // The 2024-05-13 snapshot is $5/$15 on models.dev; genai-prices says $4/$12 and LiteLLM $2.50/$10.
        var route = OpenAi("gpt-4o-2024-05-13");

        Assert.Null(route.Fees);
        Assert.Null(route.BatchPrice);
        Assert.Empty(route.PriceSources);
    }

    [Fact]
    public void A_makers_published_batch_discount_fills_the_batch_price_no_dataset_gives()
    {
        var table = new ServiceTierTable([new ServiceTierPolicy("openai", "batch", 50m, ["gpt-4o*"], [], "Batch API", "https://example.com/openai-batch", new DateOnly(2026, 12, 4))]);
        var catalog = DatasetCatalogBuilder.Build(fixture.Datasets, fixture.Licenses, new ImportReport(), serviceTiers: table);

        var snapshot = catalog.Routes.Single(r => r.Provider == "openai" && r.Model == "gpt-4o-2024-05-13" && r.Variant is null);
        var plain = catalog.Routes.Single(r => r.Provider == "openai" && r.Model == "gpt-4o" && r.Variant is null);

        Assert.Equal((2.5m, 7.5m), (snapshot.Batch!.Input, snapshot.Batch.Output));
        Assert.Equal(("https://example.com/openai-batch", new DateOnly(2026, 12, 4)), snapshot.PriceSources["batch"]);
        // LiteLLM's batch price is a dataset price, and comes first.
        Assert.StartsWith("https://github.com/BerriAI/litellm/", plain.PriceSources["batch"].Url, StringComparison.Ordinal);
    }

    [Fact]
    public void A_discount_read_on_a_page_not_the_makers_own_says_what_the_page_is_in_the_routes_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"service-tiers-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, """
            - maker: openai
              tier: batch
              discount_percent: 50
              models: [gpt-4o*]
              scope: Batch API
              url: https://community.example.com/batch
              checked: 2026-12-04
              source_note: a forum post, not a page of OpenAI's own
            """);
        try
        {
            var catalog = DatasetCatalogBuilder.Build(fixture.Datasets, fixture.Licenses, new ImportReport(), serviceTiers: ServiceTierTable.Load(path));
            var snapshot = catalog.Routes.Single(r => r.Provider == "openai" && r.Model == "gpt-4o-2024-05-13" && r.Variant is null);

            Assert.Equal("a forum post, not a page of OpenAI's own", snapshot.PriceSourceNotes["batch"]);
            Assert.Contains("    note: a forum post, not a page of OpenAI's own\n", Output.DataWriter.Route(snapshot, false).ToYaml(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

/// <summary>A maker's price history from genai-prices' dated prices: what the maker charged and from when.</summary>
public sealed class DatedHistoryTests
{
    private static readonly Sources.Price Launch = new(10m, 40m, 2.5m, null);
    private static readonly Sources.Price Cut = new(2m, 8m, 0.5m, null);

    private static (CatalogRoute Route, ImportReport Report) Apply(IReadOnlyList<(DateOnly?, Sources.Price)> dated, string provider = "openai", DateOnly? asOf = null, DateOnly? listed = null, IReadOnlyList<IReadOnlyList<Sources.SourcePriceTier>>? datedTiers = null)
    {
        var model = new CatalogModel { Slug = "o3", Key = "o3", Maker = "openai", Name = "o3", ReleaseDate = new DateOnly(2025, 4, 16) };
        var route = new CatalogRoute
        {
            Provider = provider,
            Model = "o3",
            ApiId = "o3",
            Price = Cut,
            SourceUrl = "https://models.dev/openai/o3",
            Checked = new DateOnly(2026, 7, 1),
            // models.dev dates the price by its own catalog: added when the catalog got it, after the cut.
            History = [new HistoryEntry(listed ?? new DateOnly(2025, 6, 11), "added", new Sources.Price(2m, 8m, null, null)), new HistoryEntry(new DateOnly(2026, 1, 5), "changed", new Sources.Price(2m, 8m, 0.4m, null))],
        };
        var report = new ImportReport();
        var entry = new Sources.GenAiPriceEntry(provider == "openrouter" ? "openrouter" : "openai", provider == "openrouter" ? "openai/o3" : "o3", null, null) { Dated = dated, DatedTiers = datedTiers ?? [] };
        new PriceExtras(report).ApplyHistory([entry], [route], new Matching.ModelIndex([model]), new Dictionary<string, CatalogModel> { ["o3"] = model }, asOf ?? new DateOnly(2026, 8, 21));
        return (route, report);
    }

    [Fact]
    public void The_first_price_is_dated_at_the_release_and_each_change_at_its_start_date()
    {
        var (route, _) = Apply([(null, Launch), (new DateOnly(2025, 6, 10), Cut)]);

        Assert.Equal(
            [
                new HistoryEntry(new DateOnly(2025, 4, 16), "added", Launch),
                new HistoryEntry(new DateOnly(2025, 6, 10), "changed", Cut),
                new HistoryEntry(new DateOnly(2026, 1, 5), "changed", new Sources.Price(2m, 8m, 0.4m, null)),
            ],
            route.History);
        Assert.StartsWith("https://github.com/pydantic/genai-prices/", route.PriceSources["history"].Url, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dated_change_of_context_tiers_alone_is_an_entry_that_records_the_tiers_before_and_after()
    {
        // Claude Sonnet 4.6's case on o3's fixture: $2/$8 with a tier above 200K tokens at $4/$12 from the release,
        // the same token prices with no tier from 2026-03-13.
        var tier = new Sources.SourcePriceTier(200_000, new Sources.Price(4m, 12m, 1m, null));
        var (route, report) = Apply([(null, Cut), (new DateOnly(2026, 3, 13), Cut)], datedTiers: [[tier], []]);

        // models.dev's row of 2026-01-05 comes before the last dated change, so the dated list replaces it.
        Assert.Equal(2, route.History.Count);
        Assert.Equal((new DateOnly(2025, 4, 16), "added", Cut), (route.History[0].Date, route.History[0].Event, route.History[0].Price));
        Assert.Equal([tier], route.History[0].Tiers!);
        Assert.Equal((new DateOnly(2026, 3, 13), "changed", Cut), (route.History[1].Date, route.History[1].Event, route.History[1].Price));
        Assert.Empty(route.History[1].Tiers!);
        Assert.Equal(["openai/o3: from 2026-03-13, no tiers"], report.Lines("Dated changes of context tiers (recorded on the history entries)"));
        var yaml = Output.DataWriter.Route(route, false).ToYaml();
        Assert.Contains("  tiers:\n  - above_tokens: 200000\n    input: 4\n    output: 12\n    cache_read: 1\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  cache_read: 0.5\n  tiers: []\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dated_list_whose_tiers_never_change_records_no_tiers_on_its_entries()
    {
        var tier = new Sources.SourcePriceTier(200_000, new Sources.Price(20m, 80m, null, null));
        var (route, _) = Apply([(null, Launch), (new DateOnly(2025, 6, 10), Cut)], datedTiers: [[tier], [tier]]);

        Assert.Equal(3, route.History.Count);
        Assert.All(route.History, h => Assert.Null(h.Tiers));
    }

    [Fact]
    public void A_resellers_dated_prices_start_when_it_first_listed_the_model()
    {
        var (route, _) = Apply([(null, Launch), (new DateOnly(2025, 6, 10), Cut)], provider: "openrouter", listed: new DateOnly(2025, 5, 1));

        Assert.Equal(
            [
                new HistoryEntry(new DateOnly(2025, 5, 1), "added", Launch),
                new HistoryEntry(new DateOnly(2025, 6, 10), "changed", Cut),
                new HistoryEntry(new DateOnly(2026, 1, 5), "changed", new Sources.Price(2m, 8m, 0.4m, null)),
            ],
            route.History);
        Assert.Equal(Cut, route.Price);
    }

    [Fact]
    public void A_change_that_took_effect_after_the_route_was_read_becomes_its_price_with_the_dataset_as_source()
    {
        // The route was read on 2026-07-01 at $2/$8; the dataset says $10/$40 from 2026-09-01, before the import's day.
        var rise = new Sources.Price(10m, 40m, 0.5m, null);
        var (route, report) = Apply([(null, Cut), (new DateOnly(2026, 9, 1), rise)], asOf: new DateOnly(2026, 12, 4));

        Assert.Equal([new HistoryEntry(new DateOnly(2025, 4, 16), "added", Cut), new HistoryEntry(new DateOnly(2026, 9, 1), "changed", rise)], route.History);
        Assert.Equal((10m, 40m, 0.5m), (route.Price!.Input, route.Price.Output, route.Price.CacheRead));
        Assert.StartsWith("https://github.com/pydantic/genai-prices/", route.SourceUrl, StringComparison.Ordinal);
        Assert.Equal(Sources.GenAiPricesReader.Snapshot, route.Checked);
        Assert.Equal(["openai/o3: 2/8 -> 10/40 from 2026-09-01"], report.Lines("Prices that took effect after the route was read (genai-prices' dated prices; the route's price and source replaced)"));
    }

    [Fact]
    public void An_announced_change_after_the_import_day_or_a_list_that_ends_elsewhere_keeps_the_routes_own_history()
    {
        var announced = Apply([(null, Cut), (new DateOnly(2027, 1, 1), Launch)], asOf: new DateOnly(2026, 12, 4)).Route;
        var elsewhere = Apply([(null, Launch), (new DateOnly(2025, 6, 10), new Sources.Price(3m, 12m, null, null))]).Route;
        // A reseller that listed the model after the change never sold it at the first price.
        var lateReseller = Apply([(null, Launch), (new DateOnly(2025, 6, 10), Cut)], provider: "openrouter").Route;

        Assert.All(new[] { announced, elsewhere, lateReseller }, r => Assert.Equal(new DateOnly(2025, 6, 11), r.History[0].Date));
        Assert.All(new[] { announced, elsewhere, lateReseller }, r => Assert.False(r.PriceSources.ContainsKey("history")));
        Assert.Equal(Cut, announced.Price);
    }
}
