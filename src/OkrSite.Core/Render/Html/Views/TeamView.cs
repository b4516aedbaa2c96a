namespace OkrSite.Core.Render.Html.Views;

public sealed record TeamView(
    string Id,
    string Name,
    string Url,
    LinkView? Parent,
    IReadOnlyList<LinkView> Children,
    IReadOnlyList<PeriodGroupView> Objectives,
    IReadOnlyList<KpiView> Kpis,
    RawHtml Body)
{
    public int ObjectiveCount => Objectives.Sum(g => g.Objectives.Count);
}

public sealed record PeriodGroupView(string Period, IReadOnlyList<ObjectiveView> Objectives);
