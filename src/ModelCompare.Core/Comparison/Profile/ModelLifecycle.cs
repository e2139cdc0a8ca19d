using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>
/// A model's status on a given day, from what its maker states and the dates it announced. Judged on the day the
/// page is drawn (<see cref="ComparisonEngine.Today"/>), never frozen when the data was built:
/// <list type="number">
/// <item>a retirement date on or before the day, or a stated <c>retired</c> status with no date: retired;</item>
/// <item>a stated <c>deprecated</c> (or <c>retired</c> with a later date) status, a deprecation date on or before the
/// day, or an announced retirement date still to come: deprecated;</item>
/// <item>otherwise active.</item>
/// </list>
/// </summary>
public static class ModelLifecycle
{
    public static ModelStatus StatusOn(Model model, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.RetirementDate is { } retires)
        {
            return retires <= today ? ModelStatus.Retired : ModelStatus.Deprecated;
        }

        if (model.Status == ModelStatus.Retired)
        {
            return ModelStatus.Retired;
        }

        return model.Status == ModelStatus.Deprecated || model.DeprecationDate <= today ? ModelStatus.Deprecated : ModelStatus.Active;
    }

    /// <summary>True when the model is retired on the day.</summary>
    public static bool IsRetired(Model model, DateOnly today) => StatusOn(model, today) == ModelStatus.Retired;

    /// <summary>The status in a word, as pages and open data print it: "active", "deprecated", "retired".</summary>
    public static string Word(ModelStatus status) => status switch
    {
        ModelStatus.Deprecated => "deprecated",
        ModelStatus.Retired => "retired",
        _ => "active",
    };
}
