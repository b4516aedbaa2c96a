using System.Text.RegularExpressions;
using OkrSite.Core.Model;
using OkrSite.Core.Render.Html.Views;
using OkrSite.Core.Render.Text;

namespace OkrSite.Core.Render.Html;

internal sealed partial class ViewBuilder
{
    /// <summary>
    /// The front page prose (content/index.md), rendered with the same Markdown rules as every body: what comes
    /// before a line <c>&lt;!--more--&gt;</c> is shown, the rest folds; without the line all of it is shown.
    /// </summary>
    public IntroView Intro()
    {
        if (_report.Index is not { } index)
        {
            return IntroView.None;
        }

        var parts = MoreLine().Split(index.Body.Text, 2);
        return parts.Length == 2
            ? new IntroView(_markdown.Render(parts[0]), _markdown.Render(parts[1]))
            : new IntroView(_markdown.Render(index.Body.Text), RawHtml.Empty);
    }

    [GeneratedRegex(@"^[ \t]*<!--\s*more\s*-->[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex MoreLine();

    public DashboardView Dashboard(Period period, IntroView intro)
    {
        var summary = _summaries[period];
        var groups = summary.Groups.Select(Group).ToList();
        var parents = summary.Groups.Select(g => g.Parent).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var enclosing = period.Enclosing()
            .OrderDescending()
            .SelectMany(p => _byPeriod[p])
            .Where(o => !parents.Contains(o.Key))
            .Select(o => ObjectiveCard(o.Key))
            .ToList();
        return AsOfPeriodEnd(summary, new DashboardView(
            period.ToString(),
            period == _report.Period,
            _format.Score(summary.Score),
            _format.Percent(summary.Score),
            Badges.For(summary.Status, _text),
            _format.Score(summary.Expected),
            _format.Percent(summary.Expected),
            summary.ObjectiveCount,
            Counts(summary.Objectives),
            groups,
            enclosing,
            Attention(),
            intro,
            summary.KeyResultCount,
            Counts(summary.KeyResults),
            [.. summary.NeedsAttention.Select(o => ObjectiveCard(o.Key))],
            Neighbour(period, -1),
            Neighbour(period, +1))
        {
            Coach = CoachPanel(period),
            Frozen = Frozen(period),
            Behind = summary.Behind,
            Split = Split(summary),
        });
    }

    private DashboardGroupView Group(ObjectiveGroup group) => new(
        group.Kind switch { ObjectiveGroupKind.Company => "company", ObjectiveGroupKind.Aligned => "aligned", _ => "not-aligned" },
        group.Parent is { } parent && _objectives.ContainsKey(parent) ? ObjectiveCard(parent) : null,
        [.. group.Objectives.Select(ObjectiveCard)],
        [.. group.AlsoAligned.Select(k => ObjectiveLink(_objectives[k]))]);

    /// <summary>
    /// The headline's split bar: one segment per status that occurs (per verdict once the period has ended), worst
    /// first like the cards, its width the share of the objectives that have it.
    /// </summary>
    private IReadOnlyList<SplitSegment> Split(PeriodSummary summary)
    {
        var total = summary.ObjectiveCount;
        if (total == 0)
        {
            return [];
        }

        return summary.Final
            ? [.. WorstVerdicts.Where(v => summary.ObjectiveVerdicts[v] > 0)
                .Select(v => new SplitSegment(VerdictBadge(v), summary.ObjectiveVerdicts[v], _format.Percent((double)summary.ObjectiveVerdicts[v] / total)))]
            : [.. WorstStatuses.Where(s => summary.Objectives[s] > 0)
                .Select(s => new SplitSegment(Badges.For(s, _text), summary.Objectives[s], _format.Percent((double)summary.Objectives[s] / total)))];
    }

    private static readonly Status[] WorstStatuses = [Status.OffTrack, Status.AtRisk, Status.OnTrack, Status.NotStarted, Status.NoData];

    private static readonly Verdict[] WorstVerdicts = [Verdict.Missed, Verdict.PartlyAchieved, Verdict.Achieved, Verdict.NoData];

    /// <summary>The statuses that occur, best first, with their counts.</summary>
    private static IReadOnlyList<StatusCount> Counts(StatusCounts counts) =>
        [.. StatusCounts.BestFirst.Where(s => counts[s] > 0).Select(s => new StatusCount(Format.Badge(s), counts[s]))];

    /// <summary>The period next to <paramref name="period"/> in the latest-first list: -1 is newer, +1 older.</summary>
    private LinkView? Neighbour(Period period, int step) =>
        _periodIndex.TryGetValue(period, out var i) && i + step >= 0 && i + step < _periods.Length
            ? new LinkView(_periods[i + step].ToString(), Link(SitePaths.PeriodUrl(_periods[i + step])))
            : null;
}
