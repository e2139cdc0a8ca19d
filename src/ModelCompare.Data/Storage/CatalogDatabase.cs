using System.Collections.Immutable;
using System.Data;
using Dapper;
using Microsoft.Data.Sqlite;
using ModelCompare.Catalog;

namespace ModelCompare.Data.Storage;

/// <summary>
/// Writes a validated <see cref="DataSet"/> to a SQLite file and reads it back as a
/// <see cref="CatalogSnapshot"/>. A build writes a temporary file in one transaction and then moves
/// it over the old one, so a failed build never leaves a broken database behind.
/// </summary>
public static class CatalogDatabase
{
    private const string ProviderOwner = "provider";
    private const string ModelOwner = "model";

    /// <summary>Builds the database at <paramref name="path"/> from valid data.</summary>
    /// <exception cref="InvalidOperationException">The data set has problems.</exception>
    public static void Build(DataSet data, string path, DateTimeOffset builtAt, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!data.IsValid)
        {
            throw new InvalidOperationException($"The data has {data.Problems.Count} problem(s); run validate to see them.");
        }

        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = $"{full}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var connection = Open(temp, SqliteOpenMode.ReadWriteCreate))
            {
                connection.Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
                using var tx = connection.BeginTransaction();
                foreach (var script in SchemaScripts())
                {
                    connection.Execute(script, transaction: tx);
                }

                progress?.Invoke("providers and models");
                WriteProviders(connection, tx, data.Providers);
                WriteModels(connection, tx, data.Models);
                progress?.Invoke("routes");
                WriteRoutes(connection, tx, data.Routes);
                progress?.Invoke("benchmarks");
                WriteBenchmarks(connection, tx, data.Benchmarks, data.Scores);
                connection.Execute(
                    "INSERT INTO meta (key, value) VALUES ('data_hash', @Hash), ('built_at', @BuiltAt), ('schema_version', @Schema), ('reader_version', @Reader)",
                    new { data.Hash, BuiltAt = builtAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture), Schema = SchemaVersion, Reader = ReaderVersion },
                    tx);
                tx.Commit();
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>
    /// The schema's identity: a hash of the schema scripts, so that any change to them makes every
    /// database built before it out of date.
    /// </summary>
    public static string SchemaVersion { get; } = Convert.ToHexStringLower(
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", SchemaScripts()))))[..16];

    /// <summary>
    /// The identity of the code that reads, checks and renders the data files (this assembly's build; the
    /// compiler is deterministic, so it changes only when the code does). A database built by other code
    /// holds what that code made of the files: its validation rules and rendered Markdown.
    /// </summary>
    public static string ReaderVersion { get; } = typeof(CatalogDatabase).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..16];

    /// <summary>The tables a complete database has, read from the schema scripts.</summary>
    public static IReadOnlySet<string> ExpectedTables { get; } = SchemaScripts()
        .SelectMany(script => System.Text.RegularExpressions.Regex.Matches(script, @"CREATE TABLE (\w+)").Select(m => m.Groups[1].Value))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Looks at the database file without trusting it: is it there, is it a file, does SQLite's quick
    /// check pass, are all the tables there, and which schema, code and data built it. Never throws.
    /// </summary>
    public static DatabaseCheck Check(string path)
    {
        if (Directory.Exists(path))
        {
            return DatabaseCheck.Damaged("a folder is where the database file should be");
        }

        if (!File.Exists(path))
        {
            return DatabaseCheck.Missing;
        }

        try
        {
            using var connection = Open(path, SqliteOpenMode.ReadOnly);
            var check = connection.Query<string>("PRAGMA quick_check").ToList();
            if (check is not ["ok"])
            {
                return DatabaseCheck.Damaged($"SQLite's integrity check failed: {check.FirstOrDefault() ?? "no answer"}");
            }

            var tables = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table'").ToHashSet(StringComparer.Ordinal);
            if (ExpectedTables.Order(StringComparer.Ordinal).FirstOrDefault(t => !tables.Contains(t)) is { } missing)
            {
                return DatabaseCheck.Damaged($"the table {missing} is missing");
            }

            var meta = connection.Query<(string Key, string Value)>("SELECT key AS Key, value AS Value FROM meta").ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);
            return new DatabaseCheck(
                DatabaseState.Present,
                meta.GetValueOrDefault("data_hash"),
                meta.GetValueOrDefault("schema_version") == SchemaVersion,
                meta.GetValueOrDefault("reader_version") == ReaderVersion,
                "");
        }
        catch (SqliteException ex)
        {
            return DatabaseCheck.Damaged($"SQLite cannot read it ({ex.Message})");
        }
    }

    /// <summary>The hash of the data files a database was built from, or null when the file is missing or unreadable.</summary>
    public static string? ReadDataHash(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var connection = Open(path, SqliteOpenMode.ReadOnly);
            return connection.QuerySingleOrDefault<string>("SELECT value FROM meta WHERE key = 'data_hash'");
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    /// <summary>Reads the whole database into an immutable snapshot: providers, models, routes, benchmarks, scores, version.</summary>
    public static CatalogSnapshot Load(string path)
    {
        using var connection = Open(path, SqliteOpenMode.ReadOnly);
        var sources = connection.Query<SourceRow>(SourceRow.Select).ToLookup(s => (s.OwnerKind, s.OwnerSlug));
        return new CatalogSnapshot(
            ReadModels(connection, sources),
            ReadProviders(connection, sources),
            ReadRoutes(connection),
            ReadBenchmarks(connection),
            ReadScores(connection),
            ReadVersion(connection),
            DataSourceCredits.All);
    }

    private static List<Provider> ReadProviders(SqliteConnection connection, ILookup<(string OwnerKind, string OwnerSlug), SourceRow> sources)
    {
        return connection.Query<ProviderRow>(ProviderRow.Select).Select(p => new Provider
        {
            Slug = p.Slug,
            Name = p.Name,
            IsMaker = p.IsMaker,
            IsHost = p.IsHost,
            SellerKind = Stored.ToEnum<SellerKind>(p.SellerKind),
            Website = p.Website,
            DocsUrl = p.DocsUrl,
            ApiBaseUrl = p.ApiBaseUrl,
            SdkPackage = p.SdkPackage,
            NotesHtml = p.NotesHtml,
            Sources = [.. sources[(ProviderOwner, p.Slug)].Select(s => new SourceRef(s.Name, s.Url))],
            LastReviewed = Stored.ToDate(p.LastReviewed),
        }).ToList();
    }

    private static List<Model> ReadModels(SqliteConnection connection, ILookup<(string OwnerKind, string OwnerSlug), SourceRow> sources)
    {
        var aliases = connection.Query<AliasRow>(AliasRow.Select).ToLookup(a => a.ModelSlug);
        var tags = connection.Query<ModelTagRow>(ModelTagRow.Select).ToLookup(t => (t.ModelSlug, t.Kind), t => t.Value);
        var capabilities = connection.Query<CapabilityRow>(CapabilityRow.Select).ToLookup(c => c.ModelSlug);
        var disputes = connection.Query<DisputeRow>(DisputeRow.Select).ToLookup(d => d.ModelSlug);
        return connection.Query<ModelRow>(ModelRow.Select).Select(m => new Model
        {
            Slug = m.Slug,
            Name = m.Name,
            MakerSlug = m.MakerSlug,
            Family = m.Family,
            ReleaseDate = Stored.ToDateOrNull(m.ReleaseDate),
            RetirementDate = Stored.ToDateOrNull(m.RetirementDate),
            Status = Stored.ToEnum<ModelStatus>(m.Status),
            DeprecationDate = Stored.ToDateOrNull(m.DeprecationDate),
            StatusSource = m.StatusSourceName is { } sourceName && m.StatusSourceUrl is { } sourceUrl && m.StatusChecked is { } sourceChecked
                ? new StatusSource(sourceName, sourceUrl, Stored.ToDate(sourceChecked))
                : null,
            SuccessorSlug = m.SuccessorSlug,
            Aliases = [.. aliases[m.Slug].Select(a => a.Alias)],
            ContextWindow = m.ContextWindow,
            MaxOutput = m.MaxOutput,
            Parameters = m.ParametersTotalBillions is null && m.ParametersActiveBillions is null
                ? null
                : new ParameterCount(Stored.ToDecimal(m.ParametersTotalBillions), Stored.ToDecimal(m.ParametersActiveBillions)),
            Architecture = m.Architecture,
            License = m.License,
            OpenWeights = m.OpenWeights,
            CommercialUse = Stored.ToEnum<CommercialUse>(m.CommercialUse),
            CommercialUseNote = m.CommercialUseNote,
            KnowledgeCutoff = PartialDate.TryParse(m.KnowledgeCutoff, out var cutoff) ? cutoff : null,
            Modalities = new Modalities(
                [.. tags[(m.Slug, ModelTagRow.InputModality)].Select(Stored.ToEnum<Modality>)],
                [.. tags[(m.Slug, ModelTagRow.OutputModality)].Select(Stored.ToEnum<Modality>)]),
            Capabilities = new CapabilitySet(capabilities[m.Slug].Select(c => KeyValuePair.Create(Stored.ToEnum<Capability>(c.Capability), c.Supported))),
            DecisionFit = [.. tags[(m.Slug, ModelTagRow.DecisionFit)].Select(Stored.ToEnum<DecisionFit>)],
            BestFor = m.BestFor,
            ApiIds = [.. tags[(m.Slug, ModelTagRow.ApiId)]],
            Modes = [.. tags[(m.Slug, ModelTagRow.Mode)]],
            SourcesDiffer = [.. disputes[m.Slug].GroupBy(d => d.Field, StringComparer.Ordinal).Select(g => new FactDispute(
                g.Key,
                [.. g.OrderBy(d => d.Position).Select(d => new DisputedValue(
                    d.Value,
                    (int)d.Routes,
                    d.Sources.Length == 0 ? [] : [.. d.Sources.Split(DisputeRow.SourceSeparator)],
                    d.Maker))]))],
            OverviewHtml = m.OverviewHtml,
            Sources = [.. sources[(ModelOwner, m.Slug)].Select(s => new SourceRef(s.Name, s.Url))],
            LastReviewed = Stored.ToDate(m.LastReviewed),
        }).ToList();
    }

    private static List<Route> ReadRoutes(SqliteConnection connection)
    {
        var prices = connection.Query<RoutePriceRow>(RoutePriceRow.Select).ToLookup(p => p.RouteId);
        var regions = connection.Query<RegionRow>(RegionRow.Select).ToLookup(r => r.RouteId, r => r.Region);
        var priceSources = connection.Query<PriceSourceRow>(PriceSourceRow.Select).ToLookup(s => s.RouteId);
        return connection.Query<RouteRow>(RouteRow.Select).Select(r =>
        {
            var routePrices = prices[r.Id].ToList();
            return new Route
            {
                ProviderSlug = r.ProviderSlug,
                ModelSlug = r.ModelSlug,
                Variant = r.VariantSlug is null ? null : new RouteVariant(Stored.ToEnum<RouteVariantKind>(r.VariantKind!), r.VariantSlug, r.VariantDetail),
                IsMakerOwn = r.IsMakerOwn,
                ApiId = r.ApiId,
                Status = Stored.ToEnum<RouteStatus>(r.Status),
                IsFreeTier = r.IsFreeTier,
                Price = routePrices.Where(p => p.Kind == RoutePriceRow.List).Select(Prices).FirstOrDefault(),
                BatchPrice = routePrices.Where(p => p.Kind == RoutePriceRow.Batch).Select(Prices).FirstOrDefault(),
                FlexPrice = routePrices.Where(p => p.Kind == RoutePriceRow.Flex).Select(Prices).FirstOrDefault(),
                PriorityPrice = routePrices.Where(p => p.Kind == RoutePriceRow.Priority).Select(Prices).FirstOrDefault(),
                Fees = r.FeePerThousandRequests is null && r.FeePerThousandWebSearches is null
                    ? null
                    : new RouteFees(Stored.ToDecimal(r.FeePerThousandRequests), Stored.ToDecimal(r.FeePerThousandWebSearches)),
                PriceSources = priceSources[r.Id].ToImmutableSortedDictionary(s => s.Field, s => new PriceSource(s.Url, Stored.ToDate(s.Checked)) { Note = s.Note }, StringComparer.Ordinal),
                Tiers = [.. routePrices.Where(p => p.Kind == RoutePriceRow.Tier).Select(p => new PriceTier(p.AboveTokens ?? 0, Prices(p)))],
                History = [.. routePrices.Where(p => p.Kind == RoutePriceRow.History).Select(p => new PricePoint(
                    Stored.ToDate(p.Date!),
                    Stored.ToEnum<PriceEvent>(p.Event!),
                    p.Input is null && p.Output is null && p.CacheRead is null && p.CacheWrite is null && p.CacheWrite1h is null && p.Reasoning is null ? null : Prices(p))
                {
                    Tiers = p.TiersRecorded is null
                        ? null
                        : [.. routePrices.Where(t => t.Kind == RoutePriceRow.HistoryTier && t.TierOf == p.Position).Select(t => new PriceTier(t.AboveTokens ?? 0, Prices(t)))],
                })],
                ContextWindow = r.ContextWindow,
                MaxOutput = r.MaxOutput,
                Regions = [.. regions[r.Id]],
                SourceUrl = r.SourceUrl,
                Checked = Stored.ToDate(r.Checked),
            };
        }).ToList();
    }

    private static List<Benchmark> ReadBenchmarks(SqliteConnection connection) =>
        connection.Query<BenchmarkRow>(BenchmarkRow.Select).Select(b => new Benchmark
        {
            Slug = b.Slug,
            Name = b.Name,
            Category = Stored.ToEnum<BenchmarkCategory>(b.Category),
            Unit = b.Unit,
            ScaleMin = Stored.ToDecimal(b.ScaleMin)!.Value,
            ScaleMax = Stored.ToDecimal(b.ScaleMax)!.Value,
            HigherIsBetter = b.HigherIsBetter,
            Description = b.Description,
            Source = new SourceRef(b.SourceName, b.SourceUrl),
        }).ToList();

    private static List<BenchmarkScore> ReadScores(SqliteConnection connection) =>
        connection.Query<ScoreRow>(ScoreRow.Select).Select(s => new BenchmarkScore
        {
            BenchmarkSlug = s.BenchmarkSlug,
            ModelSlug = s.ModelSlug,
            Value = Stored.ToDecimal(s.Value)!.Value,
            Variant = s.Variant,
            Notes = s.Notes,
            SourceName = s.SourceName,
            SourceUrl = s.SourceUrl,
            Date = Stored.ToDateOrNull(s.Date),
            SelfReported = s.SelfReported,
            Cost = s.CostUsd is { } usd && s.CostPer is { } per ? new RunCost(Stored.ToDecimal(usd)!.Value, Stored.ToEnum<RunCostUnit>(per)) : null,
            ReportedBy = s.ReportedBy,
        }).ToList();

    private static DataVersion ReadVersion(SqliteConnection connection)
    {
        var meta = connection.Query<(string Key, string Value)>("SELECT key AS Key, value AS Value FROM meta").ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);
        return new DataVersion(
            meta.GetValueOrDefault("data_hash", ""),
            DateTimeOffset.Parse(meta.GetValueOrDefault("built_at", "2000-01-01T00:00:00Z"), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        // No pooling: the file is replaced by a move after a build, and a pooled handle would pin the old one.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static IReadOnlyList<string> SchemaScripts()
    {
        var assembly = typeof(CatalogDatabase).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return reader.ReadToEnd();
            })];
    }

    private static TokenPrices Prices(RoutePriceRow p) =>
        new(Stored.ToDecimal(p.Input), Stored.ToDecimal(p.Output), Stored.ToDecimal(p.CacheRead), Stored.ToDecimal(p.CacheWrite), Stored.ToDecimal(p.CacheWrite1h), Stored.ToDecimal(p.Reasoning));

    private static void WriteProviders(SqliteConnection c, IDbTransaction tx, ImmutableArray<Provider> providers)
    {
        c.Execute(ProviderRow.Insert, providers.Select(p => new ProviderRow
        {
            Slug = p.Slug,
            Name = p.Name,
            IsMaker = p.IsMaker,
            IsHost = p.IsHost,
            SellerKind = Stored.Word(p.SellerKind),
            Website = p.Website,
            DocsUrl = p.DocsUrl,
            ApiBaseUrl = p.ApiBaseUrl,
            SdkPackage = p.SdkPackage,
            NotesHtml = p.NotesHtml,
            LastReviewed = Stored.Date(p.LastReviewed),
        }), tx);
        c.Execute(SourceRow.Insert, providers.SelectMany(p => p.Sources.Select((s, i) => new SourceRow { OwnerKind = ProviderOwner, OwnerSlug = p.Slug, Position = i, Name = s.Name, Url = s.Url })), tx);
    }

    private static void WriteModels(SqliteConnection c, IDbTransaction tx, ImmutableArray<Model> models)
    {
        c.Execute(ModelRow.Insert, models.Select(m => new ModelRow
        {
            Slug = m.Slug,
            Name = m.Name,
            MakerSlug = m.MakerSlug,
            Family = m.Family,
            ReleaseDate = Stored.Date(m.ReleaseDate),
            RetirementDate = Stored.Date(m.RetirementDate),
            Status = Stored.Word(m.Status),
            DeprecationDate = Stored.Date(m.DeprecationDate),
            StatusSourceName = m.StatusSource?.Name,
            StatusSourceUrl = m.StatusSource?.Url,
            StatusChecked = Stored.Date(m.StatusSource?.Checked),
            SuccessorSlug = m.SuccessorSlug,
            ContextWindow = m.ContextWindow,
            MaxOutput = m.MaxOutput,
            ParametersTotalBillions = Stored.Decimal(m.Parameters?.TotalBillions),
            ParametersActiveBillions = Stored.Decimal(m.Parameters?.ActiveBillions),
            Architecture = m.Architecture,
            License = m.License,
            OpenWeights = m.OpenWeights,
            CommercialUse = Stored.Word(m.CommercialUse),
            CommercialUseNote = m.CommercialUseNote,
            KnowledgeCutoff = m.KnowledgeCutoff?.ToString(),
            BestFor = m.BestFor,
            OverviewHtml = m.OverviewHtml,
            LastReviewed = Stored.Date(m.LastReviewed),
        }), tx);
        c.Execute(AliasRow.Insert, models.SelectMany(m => m.Aliases.Distinct().Select(a => new AliasRow { Alias = a, ModelSlug = m.Slug })), tx);
        c.Execute(ModelTagRow.Insert, models.SelectMany(m =>
            Tags(m.Slug, ModelTagRow.ApiId, m.ApiIds)
                .Concat(Tags(m.Slug, ModelTagRow.DecisionFit, m.DecisionFit.Select(Stored.Word)))
                .Concat(Tags(m.Slug, ModelTagRow.InputModality, m.Modalities.Input.Select(Stored.Word)))
                .Concat(Tags(m.Slug, ModelTagRow.OutputModality, m.Modalities.Output.Select(Stored.Word)))
                .Concat(Tags(m.Slug, ModelTagRow.Mode, m.Modes))), tx);
        c.Execute(DisputeRow.Insert, models.SelectMany(m => m.SourcesDiffer.SelectMany(d => d.Values.Select((v, i) => new DisputeRow
        {
            ModelSlug = m.Slug,
            Field = d.Field,
            Position = i,
            Value = v.Value,
            Routes = v.Routes,
            Sources = string.Join(DisputeRow.SourceSeparator, v.Sources),
            Maker = v.Maker,
        }))), tx);
        c.Execute(CapabilityRow.Insert, models.SelectMany(m => m.Capabilities.Known.Select(k => new CapabilityRow { ModelSlug = m.Slug, Capability = Stored.Word(k.Key), Supported = k.Value })), tx);
        c.Execute(SourceRow.Insert, models.SelectMany(m => m.Sources.Select((s, i) => new SourceRow { OwnerKind = ModelOwner, OwnerSlug = m.Slug, Position = i, Name = s.Name, Url = s.Url })), tx);
    }

    private static IEnumerable<ModelTagRow> Tags(string slug, string kind, IEnumerable<string> values) =>
        values.Select((v, i) => new ModelTagRow { ModelSlug = slug, Kind = kind, Position = i, Value = v });

    private static void WriteRoutes(SqliteConnection c, IDbTransaction tx, ImmutableArray<Route> routes)
    {
        var rows = new List<RouteRow>(routes.Length);
        var prices = new List<RoutePriceRow>();
        var regions = new List<RegionRow>();
        var priceSources = new List<PriceSourceRow>();
        for (var i = 0; i < routes.Length; i++)
        {
            var r = routes[i];
            var id = i + 1;
            rows.Add(new RouteRow
            {
                Id = id,
                ProviderSlug = r.ProviderSlug,
                ModelSlug = r.ModelSlug,
                VariantSlug = r.Variant?.Slug,
                VariantKind = r.Variant is { } v ? Stored.Word(v.Kind) : null,
                VariantDetail = r.Variant?.Detail,
                IsMakerOwn = r.IsMakerOwn,
                ApiId = r.ApiId,
                Status = Stored.Word(r.Status),
                IsFreeTier = r.IsFreeTier,
                ContextWindow = r.ContextWindow,
                MaxOutput = r.MaxOutput,
                SourceUrl = r.SourceUrl,
                Checked = Stored.Date(r.Checked),
                FeePerThousandRequests = Stored.Decimal(r.Fees?.PerThousandRequests),
                FeePerThousandWebSearches = Stored.Decimal(r.Fees?.PerThousandWebSearches),
            });
            if (r.Price is { } list)
            {
                prices.Add(PriceRow(id, RoutePriceRow.List, 0, list));
            }

            if (r.BatchPrice is { } batch)
            {
                prices.Add(PriceRow(id, RoutePriceRow.Batch, 0, batch));
            }

            if (r.FlexPrice is { } flex)
            {
                prices.Add(PriceRow(id, RoutePriceRow.Flex, 0, flex));
            }

            if (r.PriorityPrice is { } priority)
            {
                prices.Add(PriceRow(id, RoutePriceRow.Priority, 0, priority));
            }

            priceSources.AddRange(r.PriceSources.Select(s => new PriceSourceRow { RouteId = id, Field = s.Key, Url = s.Value.Url, Checked = Stored.Date(s.Value.Checked), Note = s.Value.Note }));

            prices.AddRange(r.Tiers.Select((t, n) => PriceRow(id, RoutePriceRow.Tier, n, t.Price, t.AboveTokens)));
            prices.AddRange(r.History.Select((h, n) => PriceRow(id, RoutePriceRow.History, n, h.Price, date: Stored.Date(h.Date), priceEvent: Stored.Word(h.Event)) with { TiersRecorded = h.Tiers is null ? null : 1 }));
            prices.AddRange(r.History
                .SelectMany((h, n) => (h.Tiers ?? []).Select(t => (Of: n, Tier: t)))
                .Select((x, n) => PriceRow(id, RoutePriceRow.HistoryTier, n, x.Tier.Price, x.Tier.AboveTokens) with { TierOf = x.Of }));
            regions.AddRange(r.Regions.Select((region, n) => new RegionRow { RouteId = id, Position = n, Region = region }));
        }

        c.Execute(RouteRow.Insert, rows, tx);
        c.Execute(RoutePriceRow.Insert, prices, tx);
        c.Execute(RegionRow.Insert, regions, tx);
        c.Execute(PriceSourceRow.Insert, priceSources, tx);
    }

    private static RoutePriceRow PriceRow(long routeId, string kind, int position, TokenPrices? p, long? aboveTokens = null, string? date = null, string? priceEvent = null) => new()
    {
        RouteId = routeId,
        Kind = kind,
        Position = position,
        AboveTokens = aboveTokens,
        Date = date,
        Event = priceEvent,
        Input = Stored.Decimal(p?.Input),
        Output = Stored.Decimal(p?.Output),
        CacheRead = Stored.Decimal(p?.CacheRead),
        CacheWrite = Stored.Decimal(p?.CacheWrite),
        CacheWrite1h = Stored.Decimal(p?.CacheWrite1h),
        Reasoning = Stored.Decimal(p?.Reasoning),
    };

    private static void WriteBenchmarks(SqliteConnection c, IDbTransaction tx, ImmutableArray<Benchmark> benchmarks, ImmutableArray<BenchmarkScore> scores)
    {
        c.Execute(BenchmarkRow.Insert, benchmarks.Select(b => new BenchmarkRow
        {
            Slug = b.Slug,
            Name = b.Name,
            Category = Stored.Word(b.Category),
            Unit = b.Unit,
            ScaleMin = Stored.Decimal(b.ScaleMin)!,
            ScaleMax = Stored.Decimal(b.ScaleMax)!,
            HigherIsBetter = b.HigherIsBetter,
            Description = b.Description,
            SourceName = b.Source.Name,
            SourceUrl = b.Source.Url,
        }), tx);
        c.Execute(ScoreRow.Insert, scores.Select(s => new ScoreRow
        {
            BenchmarkSlug = s.BenchmarkSlug,
            ModelSlug = s.ModelSlug,
            Value = Stored.Decimal(s.Value)!,
            Variant = s.Variant,
            Notes = s.Notes,
            SourceName = s.SourceName,
            SourceUrl = s.SourceUrl,
            Date = Stored.Date(s.Date),
            SelfReported = s.SelfReported,
            CostUsd = Stored.Decimal(s.Cost?.Usd),
            CostPer = s.Cost is { } cost ? Stored.Word(cost.Per) : null,
            ReportedBy = s.ReportedBy,
        }), tx);
    }
}

/// <summary>Whether a database file is there and whole.</summary>
public enum DatabaseState
{
    Missing,
    Damaged,
    Present,
}

/// <summary>What <see cref="CatalogDatabase.Check"/> found.</summary>
/// <param name="State">Missing, damaged (unreadable, corrupt, a table missing, a folder in its place) or present.</param>
/// <param name="DataHash">The hash of the data files it was built from.</param>
/// <param name="CurrentSchema">Built with today's schema: only then can it be loaded at all.</param>
/// <param name="CurrentReader">Built by today's code from the data files.</param>
/// <param name="Reason">Why it is damaged.</param>
public sealed record DatabaseCheck(DatabaseState State, string? DataHash, bool CurrentSchema, bool CurrentReader, string Reason)
{
    public static DatabaseCheck Missing { get; } = new(DatabaseState.Missing, null, false, false, "there is no database yet");

    public static DatabaseCheck Damaged(string reason) => new(DatabaseState.Damaged, null, false, false, reason);

    /// <summary>It can be loaded (whichever data it holds).</summary>
    public bool IsLoadable => State == DatabaseState.Present && CurrentSchema;

    /// <summary>It was built by today's schema and code from exactly the files with this hash.</summary>
    public bool IsCurrentFor(string? hash) => IsLoadable && CurrentReader && hash is not null && DataHash == hash;

    /// <summary>Why a database that is not current must be rebuilt, in words for the log.</summary>
    public string WhyRebuild(string? hash) => State switch
    {
        DatabaseState.Missing => "there was no database",
        DatabaseState.Damaged => $"the database was damaged: {Reason}",
        _ when !CurrentSchema => "the database was built with an older schema",
        _ when !CurrentReader => "the database was built by another version of the program",
        _ when DataHash != hash => "the data files changed",
        _ => "the database was out of date",
    };
}
