namespace OkrSite.Core.Render.Html.Views;

/// <summary>One line of the periods index (periods/index.html), which is the only page that lists every period.</summary>
internal sealed record PeriodRowView(string Title, string Url, int ObjectiveCount, bool IsCurrent)
{
    /// <summary>The evaluation page of an ended period; null while it runs.</summary>
    public string? EvaluationUrl { get; init; }
}
