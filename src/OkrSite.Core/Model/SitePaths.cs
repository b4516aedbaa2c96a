namespace OkrSite.Core.Model;

/// <summary>
/// Every URL and output path of the site, in one place: pages, charts, report.json and the publisher all ask here.
/// A page's URL is relative to the site root ("objectives/2026-Q3/retention/"): pages link to it behind their
/// <c>page.root</c>, report.json writes it behind the site's baseUrl (<see cref="Absolute"/>). Its output file is
/// <see cref="FileOf"/> of that URL, a folder URL's index.html, so a page's URL and its file cannot disagree.
/// </summary>
internal static class SitePaths
{
    public const string ReportJson = "report.json";

    /// <summary>report.json's JSON Schema, written beside it so that its <c>$schema</c> reference resolves.</summary>
    public const string ReportSchema = "report.schema.json";

    public const string DashboardUrl = "";

    /// <summary>The alignment tree of the reporting period; <see cref="AlignmentUrl"/> is every period's own.</summary>
    public const string AlignmentIndexUrl = "alignment/";

    /// <summary>The alignment tree of one period with objectives.</summary>
    public static string AlignmentUrl(Period period) => $"{AlignmentIndexUrl}{period}/";

    public const string PeriodsUrl = "periods/";

    public const string KpisUrl = "kpis/";

    public const string TeamsUrl = "teams/";

    /// <summary>What changed since the previous report: only when the build compares with one.</summary>
    public const string ChangesUrl = "changes/";

    /// <summary>Web servers serve it for any missing page, at any depth, so its links are written from the baseUrl.</summary>
    public const string NotFoundUrl = "404.html";

    public static string PeriodUrl(Period period) => $"periods/{period}/";

    /// <summary>The evaluation of an ended period.</summary>
    public static string EvaluationUrl(Period period) => $"periods/{period}/evaluation/";

    public static string ObjectiveUrl(Period period, string id) => $"objectives/{period}/{id}/";

    public static string ObjectiveUrl(Objective objective) => ObjectiveUrl(objective.Period, objective.Id);

    /// <summary>Where an objective's page was while ids were unique across periods; a redirect to its page now.</summary>
    public static string FormerObjectiveUrl(string id) => $"objectives/{id}/";

    public static string KpiUrl(string id) => $"kpis/{id}/";

    public static string TeamUrl(string id) => $"teams/{id}/";

    /// <summary>A KPI's every value as CSV, beside its page: report.json and the page link it instead of repeating the series.</summary>
    public static string KpiData(string kpiId) => $"{KpiUrl(kpiId)}data.csv";

    /// <summary>The coach page: every method check explained, each at its code's anchor ("coach/#okr0501").</summary>
    public const string CoachUrl = "coach/";

    /// <summary>A chart's name: its SVG is <see cref="ChartSvg"/> of it, beside its page.</summary>
    public static string KeyResultChart(Objective objective, KeyResult keyResult) => KeyResultChart(objective.Period, objective.Id, keyResult.Id);

    public static string KeyResultChart(Period period, string objectiveId, string keyResultId) => $"{ObjectiveUrl(period, objectiveId)}{keyResultId}";

    public static string KpiChart(Kpi kpi) => KpiChart(kpi.Id);

    public static string KpiChart(string kpiId) => $"{KpiUrl(kpiId)}trend";

    /// <summary>A chart's one SVG file, which follows the page's light or dark scheme by itself.</summary>
    public static string ChartSvg(string chart) => $"{chart}.svg";

    /// <summary>The output file of the page at <paramref name="url"/>: "objectives/2026-Q3/x/" → "objectives/2026-Q3/x/index.html".</summary>
    public static string FileOf(string url) => url.Length == 0 || url[^1] == '/' ? $"{url}index.html" : url;

    /// <summary>The theme's favicon, linked unless static/ has one of its own.</summary>
    public const string DefaultFavicon = "assets/favicon.svg";

    /// <summary>
    /// The URL pages write for the page at <paramref name="url"/>: the URL itself (a folder, which a web server
    /// completes), or with <see cref="LinkStyle.IndexFiles"/> its file, "kpis/x/index.html", which file:// opens.
    /// </summary>
    public static string Link(string url, LinkStyle style) => style == LinkStyle.IndexFiles ? FileOf(url) : url;

    /// <summary>A file's path in the output as a URL relative to the site root: each segment percent-encoded, so a name with '#', '?' or a space still leads to the file.</summary>
    public static string FileUrl(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    /// <summary>The URL of a page as written outside the site (report.json): behind the site's baseUrl ("/", "/okrsite/", "https://…/").</summary>
    public static string Absolute(string baseUrl, string url) => $"{baseUrl}{url}";
}
