using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>
/// What moving from a model to its successor changes, when one of the pair succeeds the other: the lead of an
/// upgrade page. Each line says one thing the data knows (the bill at the reader's traffic, limits, capabilities,
/// knowledge cutoff, the API names to call, how long the old model is sold, who sells both); a line the data
/// cannot support is left out, never guessed.
/// </summary>
public sealed record UpgradeSection(Side From, string Heading, ImmutableArray<string> Changes);

public sealed partial class ComparisonEngine
{
    /// <summary>
    /// The upgrade between the pair, or null when neither succeeds the other. The successor is the model the other's
    /// line of successors reaches (<see cref="ProfileFacts.Successor"/>, followed up to a few steps).
    /// </summary>
    internal static UpgradeSection? Upgrade(CatalogSnapshot catalog, ModelFacts a, ModelFacts b, MonthlyCostSection cost, ImmutableArray<ViaOption> both, DateOnly today)
    {
        var from = Succeeds(catalog, a.Model, b.Model) ? Side.A : Succeeds(catalog, b.Model, a.Model) ? Side.B : Side.None;
        if (from == Side.None)
        {
            return null;
        }

        var (old, next) = from == Side.A ? (a, b) : (b, a);
        var (oldCost, nextCost) = from == Side.A ? (cost.A, cost.B) : (cost.B, cost.A);
        var changes = new List<string>();
        if (oldCost.Bill is { } ob && nextCost.Bill is { } nb)
        {
            // Assumed reasoning tokens (a model that always thinks) are an assumption, not a price: the sentence says so.
            var percent = nb.AssumedReasoningPercent ?? ob.AssumedReasoningPercent ?? 0m;
            changes.Add(Sentences.UpgradeBill(next.Name, nb.Monthly, old.Name, ob.Monthly, cost.TrafficText, nb.AssumedReasoning, ob.AssumedReasoning, percent));
        }

        if (old.RankingContext is { } oc && next.RankingContext is { } nc && oc != nc)
        {
            changes.Add(Sentences.UpgradeLimit("Context window", oc, nc));
        }

        if (old.Model.MaxOutput is { } oo && next.Model.MaxOutput is { } no && oo != no)
        {
            changes.Add(Sentences.UpgradeLimit("Longest answer", oo, no));
        }

        var gained = CapabilitySet.All.Where(c => next.Model.Capabilities[c] == true && old.Model.Capabilities[c] == false).ToList();
        var lost = CapabilitySet.All.Where(c => old.Model.Capabilities[c] == true && next.Model.Capabilities[c] == false).ToList();
        if (gained.Count > 0 || lost.Count > 0)
        {
            changes.Add(Sentences.UpgradeCapabilities(next.Name, gained, lost));
        }

        if (old.Model.KnowledgeCutoff is { } ok && next.Model.KnowledgeCutoff is { } nk && ok != nk)
        {
            changes.Add(Sentences.UpgradeCutoff(ok, nk));
        }

        if (!next.Model.ApiIds.IsDefaultOrEmpty)
        {
            changes.Add(Sentences.UpgradeApiIds(next.Name, next.Model.ApiIds));
        }

        changes.Add(Sentences.UpgradeOldStatus(old.Model, today));
        changes.Add(Sentences.UpgradeProviders([.. both.Select(v => v.ProviderName)], old.Name, next.Name));
        return new UpgradeSection(from, Sentences.UpgradeHeading(old.Name, next.Name, ModelSnapshots.IsNewerSnapshot(old.Model, next.Model)), [.. changes]);
    }

    /// <summary><paramref name="next"/> is on <paramref name="model"/>'s line of successors, within a few steps.</summary>
    private static bool Succeeds(CatalogSnapshot catalog, Model model, Model next)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { model.Slug };
        var step = ProfileFacts.Successor(catalog, model);
        for (var i = 0; i < 4 && step is not null && seen.Add(step.Slug); i++, step = ProfileFacts.Successor(catalog, step))
        {
            if (step.Slug == next.Slug)
            {
                return true;
            }
        }

        return false;
    }
}
