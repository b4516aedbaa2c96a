using OkrSite.Core.Model;
using OkrSite.Core.Render.Html.Views;

namespace OkrSite.Core.Render.Html;

internal sealed partial class ViewBuilder
{
    /// <summary>
    /// The alignment page nests lists this deep at most; deeper objectives are listed at this depth with their level
    /// (aria-level and as text). Browsers stop nesting elements at a few hundred levels, and each level indents.
    /// </summary>
    public const int MaxNesting = 16;

    private AlignmentTree? _alignmentTree;

    // Built when a page first asks, once; a second build racing it would build the same tree.
    private AlignmentTree AlignmentTree => LazyInitializer.EnsureInitialized(ref _alignmentTree, () => new AlignmentTree(_report.Objectives.Select(o => new AlignmentTree.Node(
        o.Key,
        o.Period,
        o.AlignsTo,
        o.Team is { } t ? _teams.GetValueOrDefault(t)?.Name ?? t : string.Empty,
        o.Title))));

    /// <summary>
    /// <paramref name="period"/>'s objectives from the top down (<see cref="Html.AlignmentTree"/>), as rows in page
    /// order, with the period selector: the periods with objectives of the same year, and the nearest other years.
    /// </summary>
    /// <summary>The alignment page's title, "Alignment 2026-Q4", in the site's language.</summary>
    public string AlignmentTitle(Period period) => _text.Get("alignment.page-title", period.ToString());

    public AlignmentView Alignment(Period period) => _alignmentViews.GetOrAdd(period, BuildAlignment);

    // alignment/ and alignment/<current period>/ show the same tree: built once.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Period, AlignmentView> _alignmentViews = new();

    private AlignmentView BuildAlignment(Period period)
    {
        var tree = AlignmentTree.For(period);
        var result = new List<AlignmentRow>(tree.Count);
        for (var i = 0; i < tree.Count; i++)
        {
            var row = tree[i];
            var nesting = Math.Min(row.Level, MaxNesting);
            var next = i + 1 < tree.Count ? Math.Min(tree[i + 1].Level, MaxNesting) : 1;
            var opens = next > nesting;
            var objective = _objectives[row.Key];
            result.Add(new AlignmentRow(ObjectiveCard(row.Key), row.Level, row.IsReference, opens, opens ? 0 : nesting - next)
            {
                PeriodTag = objective.Period == period ? null : objective.Period.ToString(),
                Elsewhere = [.. row.Elsewhere.Select(k => ObjectiveLink(_objectives[k]))],
            });
        }

        return new AlignmentView(period.ToString(), AlignmentPeriods(period), result);
    }

    /// <summary>
    /// The selector: every period with objectives in <paramref name="period"/>'s year, then the nearest earlier and
    /// later year with any. Never every period: a site can have thousands, and each of them has this page.
    /// </summary>
    private IReadOnlyList<PeriodLinkView> AlignmentPeriods(Period period)
    {
        var (numbers, years) = LazyInitializer.EnsureInitialized(ref _alignmentYears, () =>
        {
            var byYear = _periods.GroupBy(p => p.Year).OrderBy(g => g.Key).Select(g => g.Order(Comparer<Period>.Create(ByStartLongestFirst)).ToArray()).ToArray();
            return new Tuple<int[], Period[][]>([.. byYear.Select(y => y[0].Year)], byYear);
        });
        var index = Array.BinarySearch(numbers, period.Year);
        var own = index >= 0;
        var before = own ? index - 1 : ~index - 1;
        var after = own ? index + 1 : ~index;
        var links = new List<PeriodLinkView>();
        if (before >= 0)
        {
            links.Add(PeriodLink(years[before][0], period));
        }

        if (own)
        {
            links.AddRange(years[index].Select(p => PeriodLink(p, period)));
        }

        if (after < years.Length)
        {
            links.Add(PeriodLink(years[after][0], period));
        }

        return links;
    }

    private Tuple<int[], Period[][]>? _alignmentYears;

    private PeriodLinkView PeriodLink(Period p, Period current) => new(p.ToString(), Link(SitePaths.AlignmentUrl(p)), p == current);

    private static int ByStartLongestFirst(Period a, Period b)
    {
        var byStart = a.Start.CompareTo(b.Start);
        return byStart != 0 ? byStart : b.Days.CompareTo(a.Days);
    }
}
