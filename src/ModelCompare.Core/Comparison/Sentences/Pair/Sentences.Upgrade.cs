using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public static partial class Sentences
{
    /// <summary>"Upgrading from GPT-4o to GPT-4.1: what changes".</summary>
    /// <remarks>A later dated snapshot of the same model (<paramref name="newerSnapshot"/>) is no upgrade to a new model: "Moving from GPT-4o to GPT-4o (2024-11-20), a newer snapshot of the same model: what changes".</remarks>
    public static string UpgradeHeading(string from, string to, bool newerSnapshot = false) => newerSnapshot
        ? $"Moving from {from} to {to}, a newer snapshot of the same model: what changes"
        : $"Upgrading from {from} to {to}: what changes";

    /// <summary>
    /// "At 1,000M input and 200M output tokens a month, GPT-4.1 costs $3,600 against $4,500 for GPT-4o: $900 less."
    /// A bill that includes assumed reasoning tokens (a model that always thinks) says so in the same sentence: when
    /// the gap keeps its direction without them, the saving is stated with the assumption and the gap without it;
    /// when the gap vanishes or turns without them, no saving is stated, only that it rests on the assumption.
    /// <c>nextAssumed</c> and <c>oldAssumed</c> are the parts of each bill that charge assumed reasoning tokens (0 for
    /// none), <c>reasoningPercent</c> those tokens as a share of the visible output.
    /// </summary>
    public static string UpgradeBill(string next, decimal nextMonthly, string old, decimal oldMonthly, string trafficText, decimal nextAssumed = 0m, decimal oldAssumed = 0m, decimal reasoningPercent = 0m)
    {
        var gap = nextMonthly - oldMonthly;
        var costs = $"At {trafficText}, {next} costs {Formatting.MonthlyTotal(nextMonthly)} against {Formatting.MonthlyTotal(oldMonthly)} for {old}";
        if (nextAssumed == 0m && oldAssumed == 0m)
        {
            return $"{costs}: {Change(gap)}.";
        }

        var (who, assumption, without) = AssumedReasoning(next, nextMonthly, nextAssumed, old, oldMonthly, oldAssumed, reasoningPercent, "each");
        if (!PriceRules.GapRestsOnAssumption(nextMonthly, nextAssumed, oldMonthly, oldAssumed))
        {
            return $"{costs}: {Change(gap)}, assuming {who} spends {assumption} (without them, {Change(without)}).";
        }

        var withoutText = without == 0m
            ? "the two cost the same"
            : $"{next} costs {Formatting.MonthlyTotal(Math.Abs(without))} {(without < 0m ? "less" : "more")} than {old}";
        return $"{costs}, a gap that rests on an assumption: {who} is assumed to spend {assumption}, and without them {withoutText}.";

        static string Change(decimal g) => g == 0m ? "the same" : $"{Formatting.MonthlyTotal(Math.Abs(g))} {(g < 0m ? "less" : "more")}";
    }

    /// <summary>
    /// What two bills' assumed reasoning tokens rest on: whom they are charged to (<paramref name="both"/> when to
    /// each), the assumption in words, and the first bill less the second once those tokens are taken out.
    /// </summary>
    private static (string Who, string Assumption, decimal Without) AssumedReasoning(
        string firstName, decimal firstMonthly, decimal firstAssumed, string secondName, decimal secondMonthly, decimal secondAssumed, decimal reasoningPercent, string both)
    {
        var who = (firstAssumed > 0m, secondAssumed > 0m) switch
        {
            (true, true) => both,
            (true, false) => firstName,
            _ => secondName,
        };
        return (who, $"hidden reasoning tokens equal to {Formatting.Percent(reasoningPercent)} of its visible output", (firstMonthly - firstAssumed) - (secondMonthly - secondAssumed));
    }

    /// <summary>"Context window: 128K → 1M tokens."</summary>
    public static string UpgradeLimit(string what, long from, long to) =>
        $"{what}: {Formatting.Tokens(from)} → {Formatting.Tokens(to)} tokens{(to < from ? " (smaller)" : "")}.";

    /// <summary>"GPT-4.1 adds vision and reasoning, and drops audio input."</summary>
    public static string UpgradeCapabilities(string next, IReadOnlyList<Capability> gained, IReadOnlyList<Capability> lost)
    {
        ArgumentNullException.ThrowIfNull(gained);
        ArgumentNullException.ThrowIfNull(lost);
        string Names(IEnumerable<Capability> caps) => Formatting.JoinList(caps.Select(Formatting.CapabilityPhrase));
        return (gained.Count, lost.Count) switch
        {
            (> 0, > 0) => $"{next} adds {Names(gained)}, and drops {Names(lost)}.",
            (> 0, _) => $"{next} adds {Names(gained)}.",
            _ => $"{next} drops {Names(lost)}.",
        };
    }

    /// <summary>"Knowledge cutoff: Oct 2023 → Jun 2024."</summary>
    public static string UpgradeCutoff(PartialDate from, PartialDate to) => $"Knowledge cutoff: {Formatting.Date(from)} → {Formatting.Date(to)}.";

    /// <summary>"Call GPT-4.1 as gpt-4.1 or gpt-4.1-2025-04-14."</summary>
    public static string UpgradeApiIds(string next, IEnumerable<string> ids) =>
        $"Call {next} as {Formatting.JoinList(ids, "or")}.";

    /// <summary>"GPT-4o is still sold; no retirement is announced." / "... is deprecated and retires on Feb 1, 2026." / "... was retired on ...".</summary>
    public static string UpgradeOldStatus(Model old, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(old);
        return ModelLifecycle.StatusOn(old, today) switch
        {
            ModelStatus.Retired => old.RetirementDate is { } r ? $"{old.Name} was retired on {Formatting.Date(r)}: the move is due." : $"{old.Name} is retired: the move is due.",
            ModelStatus.Deprecated => old.RetirementDate is { } r ? $"{old.Name} is deprecated and retires on {Formatting.Date(r)}." : $"{old.Name} is deprecated; no retirement date is announced.",
            _ => old.RetirementDate is { } r ? $"{old.Name} is still sold, until {Formatting.Date(r)}." : $"{old.Name} is still sold; no retirement is announced.",
        };
    }

    /// <summary>"3 providers sell both: OpenAI, Azure and OpenRouter." / "No provider in the catalog sells both at a stated price."</summary>
    public static string UpgradeProviders(IReadOnlyList<string> providers, string old, string next)
    {
        ArgumentNullException.ThrowIfNull(providers);
        return providers.Count == 0
            ? $"No provider in the catalog sells both {old} and {next} at a stated price."
            : $"{Formatting.Plural(providers.Count, "provider")} {(providers.Count == 1 ? "sells" : "sell")} both: {Formatting.JoinList(providers)}.";
    }
}
