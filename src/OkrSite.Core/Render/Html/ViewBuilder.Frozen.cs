using OkrSite.Core.Model;
using OkrSite.Core.Render.Html.Views;
using OkrSite.Core.Render.Text;

namespace OkrSite.Core.Render.Html;

internal sealed partial class ViewBuilder
{
    /// <summary>The note of an objective whose figures come from its period's archive; null when computed.</summary>
    private FrozenView? Frozen(Objective objective) => objective.FrozenOn is null ? null : Frozen(objective.Period);

    /// <summary>The note of a period shown from its archive; null when it has none.</summary>
    private FrozenView? Frozen(Period period) =>
        _report.Frozen.FirstOrDefault(f => f.Period == period) is { } frozen
            ? new FrozenView(period.ToString(), Day(frozen.FrozenOn), Day(frozen.AsOf), frozen.Drift.Length)
            : null;

    private string Day(DateOnly date) => _format.Date(date);
}
