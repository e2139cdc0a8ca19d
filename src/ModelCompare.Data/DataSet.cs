using System.Collections.Immutable;
using ModelCompare.Catalog;
using ModelCompare.Data.Files;

namespace ModelCompare.Data;

/// <summary>
/// The data files read and checked: the records, every error and warning found, and the files' hash.
/// Errors keep the data from being built or served; warnings do not.
/// </summary>
public sealed record DataSet(
    ImmutableArray<Provider> Providers,
    ImmutableArray<Model> Models,
    ImmutableArray<Route> Routes,
    ImmutableArray<Benchmark> Benchmarks,
    ImmutableArray<BenchmarkScore> Scores,
    ImmutableArray<DataSourceCredit> Credits,
    IReadOnlyList<DataProblem> Problems,
    string Hash,
    int FileCount)
{
    /// <summary>Problems that do not keep the data from going live, such as a price far below the model's other routes.</summary>
    public IReadOnlyList<DataProblem> Warnings { get; init; } = [];

    public bool IsValid => Problems.Count == 0;
}
