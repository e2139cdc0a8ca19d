using System.Collections.Immutable;
using ModelCompare.Catalog;
using ModelCompare.Data.Files;

namespace ModelCompare.Data;

/// <summary>The data files read and checked: the records, every problem found, and the files' hash.</summary>
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
    public bool IsValid => Problems.Count == 0;
}
