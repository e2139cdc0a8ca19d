using ModelCompare.Web.Cli;
using ModelCompare.Web.Tests.Infrastructure;

namespace ModelCompare.Web.Tests.Export;

/// <summary>
/// <see cref="ModelCompare.Comparison.PairInputs"/> must cover everything a pair page shows, or the
/// incremental export keeps a stale page. On the four-model export fixture (with a reseller's low-priced
/// route added, so seller kinds and the maker's own routes show), each kind of data edit is made in turn,
/// every pair page is rendered before and after through the site's pipeline (a full export), and every
/// page whose bytes changed must have had its digest changed too. An edit expected to show on pair pages
/// must change at least one, so the case cannot pass by testing nothing.
/// </summary>
public sealed class PairInputsCoverageTests(PairInputsCoverageTests.Baseline baseline) : IClassFixture<PairInputsCoverageTests.Baseline>
{
    /// <summary>A route on a host that is not the maker, far below DeepSeek's own price.</summary>
    private const string ResellerRoute = "routes/openrouter/deepseek-r1.yaml";

    public static TheoryData<string, string, string, string, bool> Edits => new()
    {
        { "a price", "routes/openai/gpt-4o.yaml", "  input: 2.5\n", "  input: 2.4\n", true },
        { "a route's status", "routes/deepseek/deepseek-r1.yaml", "checked: 2026-06-15\n", "checked: 2026-06-15\nstatus: deprecated\n", true },
        { "a seller kind", "providers/openrouter.md", "roles: [host]\n", "roles: [host]\nseller_kind: reseller\n", true },
        { "a route the maker sells", ResellerRoute, "checked: 2026-06-20\n", "checked: 2026-06-20\nmaker_own: true\n", true },
        { "a score", "benchmarks/gpqa-diamond.yaml", "    value: 49.1\n", "    value: 52.3\n", true },
        { "a score's setting", "benchmarks/gpqa-diamond.yaml", "    setting: high effort\n", "    setting: low effort\n", true },
        { "a score's notes", "benchmarks/gpqa-diamond.yaml", "    value: 49.1\n", "    value: 49.1\n    notes: Diamond subset, simple-evals harness\n", false },
        { "a license", "models/deepseek/deepseek-r1.md", "license: MIT\n", "license: Apache-2.0\n", true },
        { "a model fact", "models/openai/gpt-4o-mini.md", "context_window: 128000\n", "context_window: 200000\n", true },
        { "facts the sources differ on", "models/openai/gpt-4o-mini.md", "context_window: 128000\n", "context_window: 128000\nsources_differ:\n  context_window:\n  - {value: 128000, routes: 3}\n  - {value: 64000, routes: 1}\n", true },
        { "a provider's name", "providers/deepseek.md", "name: DeepSeek\n", "name: DeepSeek AI\n", true },
        { "a benchmark's name", "benchmarks/gpqa-diamond.yaml", "name: GPQA Diamond\n", "name: GPQA Diamond (science)\n", true },
        { "an alias", "models/openai/gpt-4o.md", "aliases: [gpt4o]\n", "aliases: [gpt4o, gpt-4-omni]\n", false },
        { "a new route on a host", "routes/openrouter/gpt-4o.yaml", "", "api_id: openai/gpt-4o\nprice:\n  input: 2.5\n  output: 10\nsource_url: https://openrouter.ai/openai/gpt-4o\nchecked: 2026-06-20\n", true },
        { "a new model", "models/openai/gpt-4-1.md", "", "---\nname: GPT-4.1\nmaker: openai\nrelease_date: 2025-04-14\ncontext_window: 1047576\nlicense: Proprietary\nopen_weights: false\nlast_reviewed: 2026-07-01\n---\n", true },
        { "a retirement date", "models/openai/gpt-4o-mini.md", "last_reviewed: 2026-07-01\n", "retirement_date: 2027-01-31\nstatus_source: {name: OpenAI deprecations, url: https://example.com/deprecations, checked: 2026-12-04}\nlast_reviewed: 2026-07-01\n", true },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task Every_pair_page_whose_bytes_an_edit_changes_has_a_new_digest(string kind, string file, string from, string to, bool shownOnPairs)
    {
        using var folder = new DataFolder();
        folder.Edit(file, from, to);

        var after = await folder.RenderPairsAsync();

        var changed = baseline.Pairs.Keys.Where(p => after[p].ContentHash != baseline.Pairs[p].ContentHash).ToList();
        var stale = changed.Where(p => after[p].Inputs == baseline.Pairs[p].Inputs).ToList();
        // Aliases only redirect old addresses, and notes are shown on leaderboards: no pair page shows them today.
        Assert.True(changed.Count > 0 || !shownOnPairs, $"editing {kind} changed no pair page: the edit tests nothing");
        Assert.True(stale.Count == 0, $"editing {kind} changed {string.Join(", ", stale)} but not their digest, so an incremental export would keep the old page");
    }

    [Fact]
    public async Task The_same_data_gives_the_same_digests_and_bytes()
    {
        using var folder = new DataFolder();

        var again = await folder.RenderPairsAsync();

        Assert.Equal(6, baseline.Pairs.Count);
        Assert.All(baseline.Pairs, p => Assert.Equal(p.Value, again[p.Key]));
    }

    /// <summary>The pair pages of the unedited fixture, rendered once for every test of the class.</summary>
    public sealed class Baseline : IAsyncLifetime
    {
        public IReadOnlyDictionary<string, ManifestEntry> Pairs { get; private set; } = new Dictionary<string, ManifestEntry>();

        public async Task InitializeAsync()
        {
            using var folder = new DataFolder();
            Pairs = await folder.RenderPairsAsync();
        }

        public Task DisposeAsync() => Task.CompletedTask;
    }

    /// <summary>A private copy of the export fixture with the reseller's route, and a fresh export of its pair pages.</summary>
    private sealed class DataFolder : IDisposable
    {
        private static readonly string[] Models = ["deepseek-r1", "deepseek-v3-2", "gpt-4o", "gpt-4o-mini"];

        private readonly string _root = Path.Combine(Path.GetTempPath(), "modelcompare-web-tests-inputs-" + Guid.NewGuid().ToString("N"));

        public DataFolder()
        {
            TestDataFolders.Copy("export", Data);

            File.WriteAllText(Path.Combine(Data, ResellerRoute), """
                api_id: deepseek/deepseek-r1
                price:
                  input: 0.1
                  output: 0.4
                source_url: https://openrouter.ai/deepseek/deepseek-r1
                checked: 2026-06-20

                """);
        }

        private string Data => Path.Combine(_root, "data");

        /// <summary>Replaces text in a data file; with nothing to replace, writes a new file.</summary>
        public void Edit(string relative, string from, string to)
        {
            var path = Path.Combine(Data, relative);
            if (from.Length == 0)
            {
                Assert.False(File.Exists(path));
                File.WriteAllText(path, to);
                return;
            }

            var text = File.ReadAllText(path);
            Assert.Contains(from, text, StringComparison.Ordinal);
            File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        }

        /// <summary>Every pair page rendered through the site's pipeline: its content hash and the digest of its inputs.</summary>
        public async Task<IReadOnlyDictionary<string, ManifestEntry>> RenderPairsAsync()
        {
            var pairs = Models.SelectMany((a, i) => Models.Skip(i + 1).Select(b => $"/compare/{a}-vs-{b}")).ToList();
            var output = Path.Combine(_root, "site");
            var result = await SiteExport.RunAsync(new ExportOptions(output)
            {
                PublicOrigin = new Uri("http://localhost:5080"),
                DataDirectory = Data,
                DatabasePath = Path.Combine(_root, "catalog.db"),
                Paths = pairs,
                Precompress = false,
                Full = true,
            });
            Assert.Empty(result.Missing);
            var manifest = ExportManifest.TryRead(ExportManifest.PathFor(output), output)!;
            return pairs.ToDictionary(p => p, p => manifest.Entries[p], StringComparer.Ordinal);
        }

        public void Dispose()
        {
            if (Directory.Exists(_root))
            {
                Directory.Delete(_root, recursive: true);
            }
        }
    }
}
