using ModelCompare.Data.Files;

namespace ModelCompare.Data.Tests;

/// <summary>
/// The checks that keep a record true to its sources: benchmark settings in the vocabulary, percent scores that look
/// like fractions, scores dated before their model, model facts outside their sources' agreement, aliases that
/// shadow another model. Each breaks the small valid fixture in one place.
/// </summary>
public sealed class RecordCheckTests : IDisposable
{
    private readonly DataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static void AssertAt(DataProblem problem, string file, int line, int column, string field, string message)
    {
        Assert.EndsWith(file, problem.Path, StringComparison.Ordinal);
        Assert.Equal((line, column, field, message), (problem.Line, problem.Column, problem.Field, problem.Message));
    }

    [Fact]
    public void The_valid_fixture_has_no_warnings()
    {
        Assert.Empty(_folder.Read().Warnings);
    }

    [Fact]
    public void A_setting_outside_the_vocabulary_is_an_error_at_the_setting()
    {
        _folder.Replace("benchmarks/gpqa-diamond.yaml", "setting: high effort", "setting: Reasoning mode (w/o tool use)");

        var result = _folder.Read();

        AssertAt(Assert.Single(result.Problems), "data/benchmarks/gpqa-diamond.yaml", 19, 14, "scores[1].setting",
            "\"Reasoning mode (w/o tool use)\" is not a setting; use parts from the vocabulary (N-shot, chain-of-thought, pass@K, maj@K, avg@K, multiple attempts, no tools, with tools, NAME harness, thinking, no thinking, LEVEL effort, NK thinking budget) and put other text in notes");
    }

    [Fact]
    public void A_setting_naming_one_kind_twice_is_an_error()
    {
        _folder.Replace("benchmarks/gpqa-diamond.yaml", "setting: high effort", "setting: high effort, low effort");

        var problem = Assert.Single(_folder.Read().Problems);

        Assert.Equal("scores[1].setting", problem.Field);
        Assert.Equal("\"high effort, low effort\" states \"low effort\" and another part of the same kind", problem.Message);
    }

    [Fact]
    public void A_setting_in_the_vocabulary_is_read_in_its_order_and_free_text_goes_to_notes()
    {
        _folder.Replace("benchmarks/gpqa-diamond.yaml", "setting: high effort\n    notes: Reasoning mode (w/o tool use)", "setting: no tools, 0-shot, thinking\n    notes: GPT-5 - Diamond thinking no tools");

        var result = _folder.Read();

        Assert.Empty(result.Problems);
        var score = result.Scores.Single(s => s.ModelSlug == "deepseek-v3-2");
        Assert.Equal("0-shot, no tools, thinking", score.Variant);
        Assert.Equal("GPT-5 - Diamond thinking no tools", score.Notes);
    }

    [Fact]
    public void A_percent_score_at_or_below_one_is_a_warning_at_its_value_and_the_data_stays_valid()
    {
        _folder.Replace("benchmarks/gpqa-diamond.yaml", "value: 79.9", "value: 0.81");

        var result = _folder.Read();

        Assert.Empty(result.Problems);
        var warning = Assert.Single(result.Warnings);
        AssertAt(warning, "data/benchmarks/gpqa-diamond.yaml", 18, 12, "scores[1].value", "0.81 percent is at or below 1: if the source gave a fraction (0.81), write it as percent (81); if the score really is this low, add expected_low: true to the score");
        Assert.EndsWith("scores[1].value: warning: 0.81 percent is at or below 1: if the source gave a fraction (0.81), write it as percent (81); if the score really is this low, add expected_low: true to the score", warning.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_score_marked_expected_low_is_not_reported_and_its_neighbours_still_are()
    {
        _folder.Replace("benchmarks/gpqa-diamond.yaml", "value: 79.9", "value: 0.81\n    expected_low: true");
        _folder.Replace("benchmarks/gpqa-diamond.yaml", "value: 49.1", "value: 0.5");

        var result = _folder.Read();

        Assert.Empty(result.Problems);
        Assert.Equal("scores[0].value", Assert.Single(result.Warnings).Field);
    }

    [Fact]
    public void A_benchmark_marked_expected_low_accepts_scores_at_or_below_one()
    {
        _folder.Replace("benchmarks/gpqa-diamond.yaml", "higher_is_better: true", "higher_is_better: true\nexpected_low: true");
        _folder.Replace("benchmarks/gpqa-diamond.yaml", "value: 79.9", "value: 0.81");

        var result = _folder.Read();

        Assert.Empty(result.Problems);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_score_on_another_unit_may_be_at_or_below_one()
    {
        _folder.Replace("benchmarks/gpqa-diamond.yaml", "unit: percent", "unit: score");
        _folder.Replace("benchmarks/gpqa-diamond.yaml", "value: 79.9", "value: 0.81");

        Assert.Empty(_folder.Read().Warnings);
    }

    [Fact]
    public void A_score_dated_before_its_model_was_released_is_an_error_at_the_date()
    {
        _folder.Replace("benchmarks/gpqa-diamond.yaml", "date: 2025-12-01", "date: 2025-11-30");

        var problem = Assert.Single(_folder.Read().Problems);

        AssertAt(problem, "data/benchmarks/gpqa-diamond.yaml", 23, 11, "date",
            "2025-11-30 is before deepseek-v3-2 was released (2025-12-01): a score is dated by its run; leave the date out when the source gives none");
    }

    [Fact]
    public void A_score_without_a_date_is_valid()
    {
        _folder.Replace("benchmarks/gpqa-diamond.yaml", "    date: 2025-12-01\n", string.Empty);

        var result = _folder.Read();

        Assert.Empty(result.Problems);
        Assert.Null(result.Scores.Single(s => s.ModelSlug == "deepseek-v3-2").Date);
    }

    [Fact]
    public void A_fact_that_is_not_the_makers_value_among_its_sources_is_a_warning_at_the_fact()
    {
        _folder.Replace("models/deepseek/deepseek-v3-2.md", "context_window: 163840", "context_window: 131072");

        var result = _folder.Read();

        Assert.Empty(result.Problems);
        AssertAt(Assert.Single(result.Warnings), "data/models/deepseek/deepseek-v3-2.md", 5, 17, "context_window",
            "131072 is not what its sources agree on: 163840 (the maker); correct it, or update sources_differ");
    }

    [Fact]
    public void Without_the_maker_the_agreed_value_is_the_one_listed_first()
    {
        _folder.Replace("models/deepseek/deepseek-v3-2.md", "routes: 12, maker: true", "routes: 12");
        _folder.Replace("models/deepseek/deepseek-v3-2.md", "context_window: 163840", "context_window: 131072");

        var warning = Assert.Single(_folder.Read().Warnings);

        Assert.Equal("131072 is not what its sources agree on: 163840 (12 sources); correct it, or update sources_differ", warning.Message);
    }

    [Fact]
    public void A_disputed_fact_the_model_leaves_out_is_a_warning_at_the_file()
    {
        _folder.Replace("models/deepseek/deepseek-v3-2.md", "context_window: 163840\n", string.Empty);

        var warning = Assert.Single(_folder.Read().Warnings);

        Assert.Equal("context_window", warning.Field);
        Assert.StartsWith("no value is not what its sources agree on: 163840", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_in_sources_differ_needs_someone_who_gives_it_and_a_known_fact_name()
    {
        _folder.Replace("models/deepseek/deepseek-v3-2.md", "  - {value: 131072, routes: 1, sources: [models.dev]}", "  - {value: 131072}\n  context_windw:\n  - {value: 1, routes: 1}");

        var problems = _folder.Read().Problems;

        Assert.Contains(problems, p => p.Field == "sources_differ.context_window[1].routes" && p.Message == "say who gives the value: routes, sources or maker");
        Assert.Contains(problems, p => p.Field == "sources_differ.context_windw" && p.Message.StartsWith("unknown field", StringComparison.Ordinal));
    }

    [Fact]
    public void A_mode_outside_the_vocabulary_is_an_error()
    {
        _folder.Replace("models/deepseek/deepseek-v3-2.md", "modes: [thinking, non-thinking]", "modes: [thinking, reasoning]");

        var problem = Assert.Single(_folder.Read().Problems);

        Assert.Equal(("modes", "expected thinking or non-thinking, got \"reasoning\""), (problem.Field, problem.Message.Split(" (did you")[0]));
    }

    [Fact]
    public void An_alias_that_shadows_another_model_is_an_error_at_the_alias()
    {
        _folder.Replace("models/openai/gpt-4o.md", "aliases: [gpt4o]", "aliases: [gpt4o, deepseek-v3-2]");

        var problem = Assert.Single(_folder.Read().Problems);

        Assert.Equal("aliases", problem.Field);
        Assert.EndsWith("gpt-4o.md", problem.Path, StringComparison.Ordinal);
        Assert.StartsWith("\"deepseek-v3-2\" is the slug of ", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("; an alias must be an old slug no model uses", problem.Message, StringComparison.Ordinal);
    }
}
