using OkrSite.Core.Coach;
using OkrSite.Core.Model;
using OkrSite.Core.Render.Html.Views;
using OkrSite.Core.Render.Text;

namespace OkrSite.Core.Render.Html;

/// <summary>The coach's attention panels and its page, from the Report's findings (and the catalog's texts).</summary>
internal sealed partial class ViewBuilder
{
    /// <summary>
    /// The dashboard's panel: the findings of <paramref name="period"/>, and on the reporting period's dashboard also
    /// those of no period (KPIs, a team's KPI count), which are about now.
    /// </summary>
    public CoachPanelView? CoachPanel(Period period) =>
        Panel(_report.Findings.Where(f => f.Period == period || (f.Period is null && period == _report.Period)));

    /// <summary>A team page's panel: every finding of the team, its objectives and its KPIs.</summary>
    public CoachPanelView? TeamCoachPanel(string team) =>
        Panel(_report.Findings.Where(f => string.Equals(f.Team, team, StringComparison.Ordinal)));

    public CoachPageView CoachPage()
    {
        var counts = _report.Findings.GroupBy(f => f.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var off = _report.Config.Coach.Off.Select(e => CoachCatalog.Resolve(e.Name)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return new CoachPageView(
            [.. CoachCatalog.Checks.Select(c => new CoachCheckView(
                c.Code.Id,
                Anchor(c.Code.Id),
                c.Name,
                c.Title,
                c.Why,
                c.Code.Cause,
                c.Code.Fix,
                counts.GetValueOrDefault(c.Code.Id),
                off.Contains(CoachCatalog.All) || off.Contains(c.Code.Id)))],
            _report.Findings.Length);
    }

    private static string Anchor(string code) => code.ToLowerInvariant();

    private CoachPanelView? Panel(IEnumerable<Finding> findings)
    {
        var list = findings.ToList();
        if (list.Count == 0)
        {
            return null;
        }

        var views = list.Select(f => new FindingView(
            f.Code,
            f.Title,
            Format.Sentence(f.Message),
            Format.Sentence(f.Found),
            f.Advice,
            new LinkView(f.SubjectName, Link(f.Url)),
            _text.Get(f.Kind switch
            {
                FindingSubject.Objective => "coach.subject-objective",
                FindingSubject.KeyResult => "coach.subject-key-result",
                FindingSubject.Kpi => "coach.subject-kpi",
                _ => "coach.subject-team",
            }),
            f.Period?.ToString(),
            $"{Link(SitePaths.CoachUrl)}#{Anchor(f.Code)}")).ToList();

        // The panel lists a check's findings together (GroupBy keeps the order of each check's first finding), so
        // a check's title, and the advice its findings share, are read once rather than once per subject.
        var groups = views
            .GroupBy(v => v.Code, StringComparer.Ordinal)
            .Select(g =>
            {
                var first = g.First();
                var shared = g.All(v => v.Advice == first.Advice) ? Format.Sentence(first.Advice) : null;
                return new FindingGroupView(first.Code, first.Title, first.CheckUrl, shared, [.. g]);
            })
            .ToList();
        return new CoachPanelView(views, groups, Link(SitePaths.CoachUrl));
    }
}
