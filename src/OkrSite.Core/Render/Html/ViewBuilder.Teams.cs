using OkrSite.Core.Model;
using OkrSite.Core.Render.Html.Views;

namespace OkrSite.Core.Render.Html;

internal sealed partial class ViewBuilder
{
    public TeamView Team(string id)
    {
        if (_teamViews.TryGetValue(id, out var cached))
        {
            return cached;
        }

        var t = _teams[id];
        var view = new TeamView(
            t.Id,
            t.Name,
            Link(SitePaths.TeamUrl(t.Id)),
            t.Parent is { } p && _teams.TryGetValue(p, out var parent) ? TeamLink(parent) : null,
            [.. t.Children.Where(_teams.ContainsKey).Select(c => TeamLink(_teams[c]))],
            [.. t.Objectives.Select(o => _objectives[o]).GroupBy(o => o.Period).OrderByDescending(g => g.Key)
                .Select(g => new PeriodGroupView(g.Key.ToString(), [.. g.OrderBy(o => o.Id, StringComparer.Ordinal).Select(o => ObjectiveCard(o.Key))]))],
            [.. t.Kpis.Select(KpiRow)],
            _markdown.Render(t.Body.Text),
            [.. t.Rollups.Select(Rollup)])
        {
            Coach = TeamCoachPanel(t.Id),
            Current = CurrentRollup(t) is { } current ? Rollup(current) : null,
            SubTeams = [.. t.Children.Where(_teams.ContainsKey).Select(c => _teams[c]).OrderBy(c => c.Name, StringComparer.Ordinal)
                .Select(c => new SubTeamView(TeamLink(c), CurrentRollup(c) is { } r ? Rollup(r) : null))],
        };
        _teamViews[id] = view;
        return view;
    }

    /// <summary>
    /// The teams index: every team once, beneath its parent (<see cref="TeamTree"/>), each with its roll-up in the
    /// reporting period. Lists nest <see cref="MaxNesting"/> deep at most, like the alignment tree's.
    /// </summary>
    public TeamsView Teams()
    {
        var tree = TeamTree.Rows([.. _report.Teams.Select(t => new TeamTree.Node(t.Id, t.Parent, t.Name))]);
        var rows = new List<TeamRow>(tree.Count);
        for (var i = 0; i < tree.Count; i++)
        {
            var nesting = Math.Min(tree[i].Level, MaxNesting);
            var next = i + 1 < tree.Count ? Math.Min(tree[i + 1].Level, MaxNesting) : 1;
            var opens = next > nesting;
            var team = Team(tree[i].Id);
            rows.Add(new TeamRow(team, tree[i].Level, opens, opens ? 0 : nesting - next, team.Current));
        }

        return new TeamsView(_report.Period.ToString(), rows);
    }

    /// <summary>The team's roll-up in the reporting period; null when neither it nor a sub-team has objectives there.</summary>
    private TeamRollup? CurrentRollup(Team t) => t.Rollups.FirstOrDefault(r => r.Period == _report.Period);

    private RollupView Rollup(TeamRollup r)
    {
        var counts = RollupCounts(r);
        return new RollupView(r.Period.ToString(), r.ObjectiveCount, _format.Score(r.Score), _format.Percent(r.Score), StatusBadge(r), counts)
        {
            Behind = r.Behind,
            Final = r.Verdict is not null,
            Split = Split(counts),
        };
    }

    /// <summary>
    /// The counts as segments of one bar, each its whole share of 100 (the width classes are whole percentages): the
    /// rounding remainder goes to the largest, so the segments always fill the bar exactly.
    /// </summary>
    internal static IReadOnlyList<SplitSegment> Split(IReadOnlyList<StatusCount> counts)
    {
        var total = counts.Sum(c => c.Count);
        if (total == 0)
        {
            return [];
        }

        var shares = counts.Select(c => (int)Math.Round(100.0 * c.Count / total, MidpointRounding.AwayFromZero)).ToArray();
        var largest = Array.IndexOf(shares, shares.Max());
        shares[largest] += 100 - shares.Sum();
        return [.. counts.Select((c, i) => new SplitSegment(c.Status, c.Count, shares[i]))];
    }
}
