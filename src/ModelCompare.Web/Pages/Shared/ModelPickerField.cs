using System.Collections.Immutable;
using ModelCompare.Comparison;

namespace ModelCompare.Web.Pages;

/// <summary>
/// One model choice of a picker form (<c>_ModelPicker.cshtml</c>): a labelled <c>&lt;select&gt;</c> whose
/// options show each model's maker, release date and list (or market) price, marking the newest of a family.
/// </summary>
/// <param name="Name">The query parameter the choice is sent as.</param>
/// <param name="Label">The visible label.</param>
/// <param name="TestId">The select's <c>data-testid</c>.</param>
/// <param name="Entries">The models offered (<see cref="ComparisonEngine.PickerEntries"/>).</param>
/// <param name="Selected">The slug chosen when the form opens; none when null.</param>
/// <param name="Required">Whether a model must be chosen; when not, the first option is "none".</param>
public sealed record ModelPickerField(string Name, string Label, string TestId, ImmutableArray<PickerEntry> Entries, string? Selected, bool Required = true);
