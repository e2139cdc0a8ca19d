using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public static partial class Sentences
{
    public static string FrictionHeading(string fromName, string toName) => $"Moving from {fromName} to {toName}";

    public static string FrictionNothing(string fromName, string toName) =>
        $"The catalog shows nothing more that makes moving from {fromName} to {toName} harder.";

    /// <summary>"No tracked provider serves both A and B, so switching means a new SDK, billing account, and endpoint."</summary>
    public static string FrictionNoSharedProvider(string aName, string bName) =>
        $"No tracked provider serves both {aName} and {bName}, so switching means a new SDK, billing account, and endpoint.";

    /// <summary>
    /// "OpenRouter serves both models, so on it a switch is a change of model id." with agreement for
    /// several providers, and a clause for the providers that serve only one.
    /// </summary>
    public static string FrictionSharedProviders(IReadOnlyList<string> sharedNames, bool othersExist)
    {
        ArgumentNullException.ThrowIfNull(sharedNames);
        var one = sharedNames.Count == 1;
        var head = $"{Formatting.JoinList(sharedNames)} {(one ? "serves" : "serve")} both models, so on {(one ? "it" : "them")} a switch is a change of model id";
        return othersExist ? head + "; elsewhere expect SDK, billing, and endpoint changes." : head + ".";
    }

    public static string FrictionNeitherHosted() => "Neither model is available from a tracked provider yet.";

    public static string FrictionTargetNotHosted(string toName) =>
        $"{toName} is not available from any tracked provider, so there is no hosted route to switch to yet.";

    public static string FrictionLosesCapabilities(string toName, IEnumerable<Capability> capabilities) =>
        $"{toName} lacks {Capabilities(capabilities)}; plan a replacement before moving traffic.";

    public static string FrictionUnconfirmedCapabilities(string toName, IReadOnlyCollection<Capability> capabilities) =>
        $"Confirm that {toName} supports {Capabilities(capabilities)} before moving traffic: the catalog does not record {(capabilities.Count == 1 ? "it" : "them")}.";

    public static string FrictionSmallerContext(string toName, long to, long from) =>
        $"{Formatting.Possessive(toName)} context window is smaller: {Formatting.Tokens(to)} tokens against {Formatting.Tokens(from)}, so long prompts may no longer fit.";

    public static string FrictionSmallerMaxOutput(string toName, long to, long from) =>
        $"{toName} writes at most {Formatting.Tokens(to)} output tokens against {Formatting.Tokens(from)}, so long answers may be cut off.";

    /// <summary>"At list prices the bill rises from $4,500 to $6,000 a month (33.3% more)."</summary>
    public static string FrictionPriceRise(string basisPhrase, decimal from, decimal to) =>
        from == 0m
            ? $"{basisPhrase} the bill rises from nothing to {Formatting.MonthlyTotal(to)} a month."
            : $"{basisPhrase} the bill rises from {Formatting.MonthlyTotal(from)} to {Formatting.MonthlyTotal(to)} a month ({Formatting.More(from, to)}).";

    public static string FrictionUnknownPrice(string toName) =>
        $"{toName} has no price on this basis, so the new bill cannot be estimated.";

    public static string FrictionClosedWeights(string toName) =>
        $"{toName} has closed weights, so self-hosting is no longer an option.";

    public static string FrictionCommercialUse(string toName, CommercialUse use) => use == CommercialUse.NotPermitted
        ? $"{toName} does not permit commercial use."
        : $"{toName} permits commercial use only under conditions; check its license.";

    public static string FrictionLicenseChange(string aName, string aLicense, string bName, string bLicense) =>
        $"The license changes between {aLicense} ({aName}) and {bLicense} ({bName}); check its terms for your use.";

    public static string FrictionRetirement(string toName, DateOnly retires, DateOnly today) => retires > today
        ? $"{toName} retires on {Formatting.Date(retires)}; plan for a second move."
        : $"{toName} was retired on {Formatting.Date(retires)}; its routes may stop answering.";
}
