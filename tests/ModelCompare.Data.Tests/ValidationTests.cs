using ModelCompare.Data.Files;

namespace ModelCompare.Data.Tests;

public sealed class ValidationTests : IDisposable
{
    private readonly DataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private DataProblem Single(string relativePath)
    {
        var result = _folder.Read();
        var problem = Assert.Single(result.Problems);
        Assert.EndsWith(relativePath, problem.Path, StringComparison.Ordinal);
        return problem;
    }

    private static void AssertProblem(DataProblem problem, int line, int column, string field, string message)
    {
        Assert.Equal((line, column, field, message), (problem.Line, problem.Column, problem.Field, problem.Message));
    }

    [Fact]
    public void The_valid_fixture_has_no_problems_and_every_record()
    {
        var result = _folder.Read();

        Assert.Empty(result.Problems);
        Assert.Equal(3, result.Providers.Length);
        Assert.Equal(2, result.Models.Length);
        Assert.Equal(3, result.Routes.Length);
        Assert.Single(result.Benchmarks);
        Assert.Equal(2, result.Scores.Length);
        Assert.Equal(64, result.Hash.Length);
    }

    [Fact]
    public void A_token_count_written_with_a_suffix_is_reported_at_its_value()
    {
        _folder.Replace("models/openai/gpt-4o.md", "context_window: 128000", "context_window: 128k");

        var problem = Single("data/models/openai/gpt-4o.md");

        AssertProblem(problem, 7, 17, "context_window", "expected a positive whole number of tokens, got \"128k\"");
        Assert.EndsWith("data/models/openai/gpt-4o.md:7:17: context_window: expected a positive whole number of tokens, got \"128k\"", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_yaml_is_reported_with_its_line()
    {
        _folder.Replace("routes/openai/gpt-4o.yaml", "  output: 10\n", "  output: 10\n bad: indentation\n");

        var problem = Single("data/routes/openai/gpt-4o.yaml");

        Assert.Equal("(yaml)", problem.Field);
        Assert.StartsWith("malformed YAML: ", problem.Message, StringComparison.Ordinal);
        Assert.Equal(5, problem.Line);
    }

    [Fact]
    public void An_unclosed_bracket_is_reported_as_malformed_yaml()
    {
        _folder.Replace("routes/openai/gpt-4o.yaml", "  output: 10\n", "  output: [10\n");

        AssertProblem(Single("data/routes/openai/gpt-4o.yaml"), 4, 11, "(yaml)", "malformed YAML: this [ is never closed; a list written in [ ] must end with ]");
    }

    [Fact]
    public void A_model_file_that_cannot_be_read_is_reported_once_not_again_by_every_route_and_score()
    {
        _folder.Replace("models/openai/gpt-4o.md", "name: GPT-4o", "name: [GPT-4o");

        var problem = Single("data/models/openai/gpt-4o.md");

        Assert.Equal("(yaml)", problem.Field);
    }

    [Fact]
    public void A_markdown_file_without_front_matter_is_reported()
    {
        _folder.Write("providers/openrouter.md", "OpenRouter routes requests.\n");

        var result = _folder.Read();

        var problem = Assert.Single(result.Problems, p => p.Path.EndsWith("providers/openrouter.md", StringComparison.Ordinal));
        AssertProblem(problem, 1, 1, "(front matter)", "missing front matter: the file must start with a line \"---\", then the fields, then another \"---\"");
    }

    [Fact]
    public void An_unknown_field_suggests_the_closest_known_one()
    {
        _folder.Replace("models/openai/gpt-4o.md", "context_window: 128000", "context_windw: 128000");

        var problem = Single("data/models/openai/gpt-4o.md");

        AssertProblem(problem, 7, 1, "context_windw", "unknown field (did you mean \"context_window\"?)");
    }

    [Fact]
    public void A_wrong_type_is_reported()
    {
        _folder.Replace("models/openai/gpt-4o.md", "open_weights: false", "open_weights: no");

        AssertProblem(Single("data/models/openai/gpt-4o.md"), 10, 15, "open_weights", "expected true or false, got \"no\"");
    }

    [Fact]
    public void A_negative_price_is_reported()
    {
        _folder.Replace("routes/openai/gpt-4o.yaml", "input: 2.5\n  output: 10", "input: -2.5\n  output: 10");

        AssertProblem(Single("data/routes/openai/gpt-4o.yaml"), 3, 10, "price.input", "-2.5 is outside the allowed range 0 to 1000");
    }

    [Fact]
    public void An_absurd_price_is_reported()
    {
        _folder.Replace("routes/openai/gpt-4o.yaml", "  output: 10\n  cache_read", "  output: 10000\n  cache_read");

        AssertProblem(Single("data/routes/openai/gpt-4o.yaml"), 4, 11, "price.output", "10000 is outside the allowed range 0 to 1000");
    }

    [Fact]
    public void A_zero_price_that_is_not_flagged_as_a_free_tier_is_reported()
    {
        _folder.Write("routes/openrouter/gpt-4o.yaml", "price:\n  input: 0\n  output: 0\nsource_url: https://openrouter.ai\nchecked: 2026-07-01\n");

        AssertProblem(Single("data/routes/openrouter/gpt-4o.yaml"), 2, 3, "price", "a route priced at 0 is a free tier or plan: set free_tier: true and leave the price out");
    }

    [Fact]
    public void A_non_positive_limit_is_reported()
    {
        _folder.Replace("models/deepseek/deepseek-v3-2.md", "max_output: 65536", "max_output: 0");

        AssertProblem(Single("data/models/deepseek/deepseek-v3-2.md"), 6, 13, "max_output", "expected a positive whole number of tokens, got \"0\"");
    }

    [Fact]
    public void An_impossible_date_is_reported()
    {
        _folder.Replace("models/deepseek/deepseek-v3-2.md", "release_date: 2025-12-01", "release_date: 2025-02-30");

        AssertProblem(Single("data/models/deepseek/deepseek-v3-2.md"), 4, 15, "release_date", "expected a real date as YYYY-MM-DD, got \"2025-02-30\"");
    }

    [Fact]
    public void A_retirement_before_release_is_reported()
    {
        _folder.Replace("models/deepseek/deepseek-v3-2.md", "release_date: 2025-12-01", "release_date: 2025-12-01\nretirement_date: 2025-01-01\nstatus_source: {name: Maker, url: https://example.com/d, checked: 2026-12-04}");

        AssertProblem(Single("data/models/deepseek/deepseek-v3-2.md"), 5, 18, "retirement_date", "2025-01-01 is before the release date 2025-12-01");
    }

    [Fact]
    public void An_unknown_maker_is_reported_with_a_suggestion()
    {
        _folder.Write("models/openai/gpt-4o-mini.md", "---\nname: GPT-4o mini\nmaker: opena\nlast_reviewed: 2026-07-01\n---\n");

        var result = _folder.Read();

        Assert.Equal(2, result.Problems.Count);
        Assert.Contains(result.Problems, p => p is { Line: 3, Column: 8, Field: "maker", Message: "no provider \"opena\" (expected a file providers/opena.md) (did you mean \"openai\"?)" });
        Assert.Contains(result.Problems, p => p is { Line: 3, Column: 8, Field: "maker", Message: "\"opena\" does not match the folder models/openai/ this file is in" });
    }

    [Fact]
    public void A_route_for_an_unknown_model_is_reported()
    {
        _folder.Write("routes/openai/gpt-4p.yaml", "price:\n  input: 1\n  output: 2\nsource_url: https://openai.com\nchecked: 2026-07-01\n");

        AssertProblem(Single("data/routes/openai/gpt-4p.yaml"), 1, 1, "(model)", "no model \"gpt-4p\" for this file name (did you mean \"gpt-4o\"?)");
    }

    [Fact]
    public void A_route_at_an_unknown_provider_is_reported()
    {
        _folder.Write("routes/azure/gpt-4o.yaml", "price:\n  input: 1\n  output: 2\nsource_url: https://azure.com\nchecked: 2026-07-01\n");

        AssertProblem(Single("data/routes/azure/gpt-4o.yaml"), 1, 1, "(provider)", "no provider \"azure\" for the folder routes/azure/");
    }

    [Fact]
    public void A_score_for_an_unknown_model_is_reported()
    {
        _folder.Replace("benchmarks/gpqa-diamond.yaml", "- model: gpt-4o\n", "- model: gpt-5\n");

        AssertProblem(Single("data/benchmarks/gpqa-diamond.yaml"), 11, 12, "model", "no model \"gpt-5\" (did you mean \"gpt-4o\"?)");
    }

    [Fact]
    public void A_duplicate_slug_across_makers_is_reported()
    {
        _folder.Write("models/deepseek/gpt-4o.md", "---\nname: Copy\nmaker: deepseek\nlast_reviewed: 2026-07-01\n---\n");

        var problem = Single("data/models/openai/gpt-4o.md");

        Assert.Equal("(file name)", problem.Field);
        Assert.StartsWith("the slug \"gpt-4o\" is already used by ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_used_by_two_models_is_reported()
    {
        _folder.Replace("models/deepseek/deepseek-v3-2.md", "release_date: 2025-12-01", "release_date: 2025-12-01\naliases: [gpt4o]");

        var problem = Single("data/models/openai/gpt-4o.md");

        AssertProblem(problem, 6, 11, "aliases", $"\"gpt4o\" is already an alias of {DisplayPath("models/deepseek/deepseek-v3-2.md")}");
    }

    [Fact]
    public void An_alias_that_is_another_models_slug_is_reported()
    {
        _folder.Replace("models/deepseek/deepseek-v3-2.md", "release_date: 2025-12-01", "release_date: 2025-12-01\naliases: [gpt-4o]");

        AssertProblem(Single("data/models/deepseek/deepseek-v3-2.md"), 5, 11, "aliases", $"\"gpt-4o\" is the slug of {DisplayPath("models/openai/gpt-4o.md")}; an alias must be an old slug no model uses");
    }

    [Theory]
    [InlineData("GPT-4o", "the slug \"GPT-4o\" must use only lowercase letters, digits and single hyphens between them")]
    [InlineData("gpt-4o-vs-claude", "the slug \"gpt-4o-vs-claude\" must not contain \"-vs-\", which separates the two models in comparison URLs")]
    [InlineData("gpt--4o", "the slug \"gpt--4o\" must use only lowercase letters, digits and single hyphens between them")]
    public void A_file_name_that_breaks_the_url_rules_is_reported(string slug, string message)
    {
        _folder.Write($"models/openai/{slug}.md", "---\nname: X\nmaker: openai\nlast_reviewed: 2026-07-01\n---\n");

        AssertProblem(Single($"data/models/openai/{slug}.md"), 1, 1, "(file name)", message);
    }

    [Fact]
    public void A_score_outside_the_benchmark_scale_is_reported()
    {
        _folder.Replace("benchmarks/gpqa-diamond.yaml", "value: 49.1", "value: 491");

        AssertProblem(Single("data/benchmarks/gpqa-diamond.yaml"), 12, 12, "scores[0].value", "491 is outside the benchmark's scale 0 to 100");
    }

    [Fact]
    public void A_duplicate_score_is_reported()
    {
        _folder.Replace("benchmarks/gpqa-diamond.yaml", "  - model: deepseek-v3-2\n", "  - model: gpt-4o\n    value: 50\n    source: Epoch AI\n    source_url: https://epoch.ai\n    date: 2025-02-01\n    self_reported: false\n  - model: deepseek-v3-2\n");

        AssertProblem(Single("data/benchmarks/gpqa-diamond.yaml"), 17, 12, "scores[1].model", "a second score for \"gpt-4o\" from Epoch AI; keep one score per model, setting and source");
    }

    [Fact]
    public void An_empty_required_field_is_reported()
    {
        _folder.Replace("providers/openrouter.md", "name: OpenRouter", "name: \"\"");

        AssertProblem(Single("data/providers/openrouter.md"), 2, 7, "name", "must not be empty");
    }

    [Fact]
    public void A_missing_required_field_is_reported()
    {
        _folder.Replace("routes/openai/gpt-4o.yaml", "checked: 2026-07-01\n", "");

        AssertProblem(Single("data/routes/openai/gpt-4o.yaml"), 1, 1, "checked", "is required (a date (YYYY-MM-DD))");
    }

    [Fact]
    public void Every_problem_in_every_file_is_reported_in_one_run()
    {
        _folder.Replace("models/openai/gpt-4o.md", "context_window: 128000", "context_window: 128k");
        _folder.Replace("routes/openai/gpt-4o.yaml", "input: 2.5\n  output: 10", "input: -2.5\n  output: 10");
        _folder.Replace("benchmarks/gpqa-diamond.yaml", "value: 49.1", "value: 491");

        var result = _folder.Read();

        Assert.Equal(3, result.Problems.Count);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void A_javascript_link_in_markdown_is_reported_and_not_rendered()
    {
        _folder.Replace("providers/openai.md", "OpenAI makes the GPT models.", "OpenAI makes [the GPT models](javascript:alert(1)).");

        var result = _folder.Read();

        var problem = Assert.Single(result.Problems);
        Assert.Equal("(body)", problem.Field);
        Assert.DoesNotContain("javascript:", result.Providers.Single(p => p.Slug == "openai").NotesHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_html_in_markdown_is_shown_as_text()
    {
        var model = _folder.Read().Models.Single(m => m.Slug == "gpt-4o");

        Assert.Equal("<p>GPT-4o is <em>OpenAI's</em> omni model. &lt;script&gt;alert(1)&lt;/script&gt;</p>", model.OverviewHtml);
    }

    private string DisplayPath(string relative) =>
        Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(_folder.Data, relative)) is var r && !r.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(r)
            ? r
            : Path.Combine(_folder.Data, relative);
    [Fact]
    public void A_history_entrys_tier_below_its_price_or_out_of_order_is_reported_at_the_tier()
    {
        _folder.Replace("routes/openai/gpt-4o.yaml", "    input: 5\n    output: 15\n", "    input: 5\n    output: 15\n    tiers:\n      - above_tokens: 128000\n        input: 10\n        output: 30\n      - above_tokens: 64000\n        input: 12\n        output: 40\n");

        var problem = Single("routes/openai/gpt-4o.yaml");

        AssertProblem(problem, 20, 23, "history[0].tiers[1].above_tokens", "tiers must be in increasing order; 64000 does not follow 128000");
    }
}
