using ModelCompare.Import.Sources;

namespace ModelCompare.Import.Output;

/// <summary>Writes data/NOTICE.md: where the data comes from, under which license, and the required attributions.</summary>
internal static class NoticeWriter
{
    public static string Render() => $"""
        # Data sources and licenses

        The files in this folder were converted by `src/ModelCompare.Import` from the open datasets below and
        have since been checked and edited by people. Each dataset keeps its license; the attributions the
        licenses require are given here and must stay with the data.

        | dataset | upstream repository | commit | snapshot | license |
        |---|---|---|---|---|
        | models.dev (providers, models, routes, prices, price history, some benchmark scores) | {ModelsDevData.Repository} | `{ModelsDevData.Commit}` | 2026-07-01 | MIT License |
        | OpenRouter model list as committed to models.dev (`models.json`, model descriptions) | {ModelsDevData.Repository} | `{ModelsDevData.Commit}` | 2026-05-15 | MIT License (models.dev) |
        | genai-prices (price cross-check, `prices_checked` dates) | {GenAiPricesReader.Repository} | `{GenAiPricesReader.Commit}` | 2026-08-21 | MIT License |
        | LiteLLM model map (capability flags, deprecation dates) | https://github.com/BerriAI/litellm | `{LiteLlmReader.Commit}` | 2025-11-21 | MIT License (content outside the `enterprise/` directory) |
        | Epoch AI, AI Benchmarking Hub (benchmark scores) | https://epoch.ai/benchmarks (export as committed in madhu24raj/bayes-llm-saturation) | `8698b9ba92fdb58d51d67f4828376b7adca29afa` | 2026-04-19 | Creative Commons Attribution 4.0 (CC BY 4.0) |
        | LLM Stats (model facts, licenses, parameter counts, benchmark scores) | {LlmStatsData.Repository} | `{LlmStatsData.Commit}` | 2025-10-16 | Creative Commons Attribution 4.0 International (CC BY 4.0) |

        ## Attribution

        Benchmark scores whose source is Epoch AI, and the external leaderboard scores Epoch AI collected:

        > Epoch AI, 'AI Benchmarking Hub'. Published online at epoch.ai. Retrieved from 'https://epoch.ai/benchmarks'

        Model facts and benchmark scores whose source is LLM Stats:

        > LLM Stats (llm-stats.com), JonathanChavezTamales/llm-leaderboard

        Both are licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Changes made: the
        scores were converted to a common scale (fractions to percent, minutes to hours), matched to this
        catalog's models by normalized model id, and deduplicated to one score per benchmark, model, variant
        and source.

        models.dev: Copyright (c) 2025 models.dev, MIT License.
        genai-prices: Copyright (c) Pydantic Services Inc. 2025 to present, MIT License.
        LiteLLM: Copyright (c) 2023 Berri AI, MIT License.

        ## Notes

        - Prices are US dollars per 1 million tokens, as models.dev lists them on its snapshot date. A route's
          `checked` date is the date genai-prices says a person last checked the same price, when both agree
          and that check is no older than the route's last recorded change; otherwise the models.dev snapshot
          date (or the last change's date, when models.dev recorded it after the snapshot date).
        - Price history dates are the dates the models.dev catalog changed, not the dates a vendor's price
          took effect; they also record data corrections.
        - Scores marked `self_reported: true` were published by the model's maker.
        """.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
}
