using System.Collections.Immutable;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;

namespace OkrSite.Core.Validate;

/// <summary>
/// Checks the rules that span files: unique ids, references that name something, no cycles, metrics that exist.
/// Returns the content with later duplicates dropped, so the compute stage can index by id.
/// </summary>
public static class ContentValidator
{
    public static ContentSet Validate(ContentSet content, DataSet data, DiagnosticBag diagnostics)
    {
        var teams = Unique(content.Teams, t => t.Id, t => t.Source, "team", diagnostics);
        var kpis = Unique(content.Kpis, k => k.Id, k => k.Source, "KPI", diagnostics);
        var objectives = Unique(content.Objectives, o => o.Id, o => o.Source, "objective", diagnostics);

        var teamIds = teams.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var objectiveIds = objectives.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var kpiIds = kpis.Select(k => k.Id).ToHashSet(StringComparer.Ordinal);

        foreach (var team in teams)
        {
            CheckTeam(team.Parent, teamIds, "parent", diagnostics);
        }

        foreach (var kpi in kpis)
        {
            CheckTeam(kpi.Team, teamIds, "team", diagnostics);
        }

        foreach (var objective in objectives)
        {
            CheckTeam(objective.Team, teamIds, "team", diagnostics);
            foreach (var target in objective.AlignsTo.Where(a => !objectiveIds.Contains(a.Value)))
            {
                diagnostics.Add(Codes.UnknownObjective, target.At, $"aligns_to names '{target.Value}', which is not an objective{Load.Suggest.DidYouMean(target.Value, objectiveIds)}");
            }

            foreach (var kr in objective.KeyResults)
            {
                if (kr.Metric is { } metric && data.Find(metric.Value) is null && !kpiIds.Contains(metric.Value))
                {
                    diagnostics.Add(Codes.UnknownMetric, metric.At, $"metric '{metric.Value}' of key result '{kr.Id}' is neither a KPI nor a series in the data{Load.Suggest.DidYouMean(metric.Value, kpiIds.Concat(data.Series.Keys))}");
                }
            }
        }

        ReportCycles(
            objectives.ToDictionary(o => o.Id, o => (IEnumerable<string>)o.AlignsTo.Select(a => a.Value), StringComparer.Ordinal),
            (from, to) => objectives.First(o => o.Id == from).AlignsTo.First(a => a.Value == to).At,
            Codes.AlignmentCycle,
            "aligns_to",
            diagnostics);
        ReportCycles(
            teams.ToDictionary(t => t.Id, t => t.Parent is { } p ? (IEnumerable<string>)[p.Value] : [], StringComparer.Ordinal),
            (from, _) => teams.First(t => t.Id == from).Parent!.Value.At,
            Codes.TeamCycle,
            "parent",
            diagnostics);

        return content with { Teams = teams, Kpis = kpis, Objectives = objectives };
    }

    private static void CheckTeam(Located<string>? reference, HashSet<string> teamIds, string field, DiagnosticBag diagnostics)
    {
        if (reference is { } team && !teamIds.Contains(team.Value))
        {
            diagnostics.Add(Codes.UnknownTeam, team.At, $"{field} names '{team.Value}', which is not a team in content/teams/{Load.Suggest.DidYouMean(team.Value, teamIds)}");
        }
    }

    private static ImmutableArray<T> Unique<T>(ImmutableArray<T> items, Func<T, string> id, Func<T, SourceSpan> source, string kind, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, T>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<T>(items.Length);
        foreach (var item in items)
        {
            if (first.TryGetValue(id(item), out var earlier))
            {
                diagnostics.Add(Codes.DuplicateId, source(item), $"{kind} id '{id(item)}' is already used by {source(earlier).File}; rename this file or set a different 'id:'");
                continue;
            }

            first.Add(id(item), item);
            result.Add(item);
        }

        return result.ToImmutable();
    }

    /// <summary>Finds every cycle of the graph once and reports it at the first link of its smallest id.</summary>
    private static void ReportCycles(Dictionary<string, IEnumerable<string>> edges, Func<string, string, SourceSpan> at, DiagnosticCode code, string field, DiagnosticBag diagnostics)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on the path, 2 = done
        var path = new List<string>();
        var reported = new HashSet<string>(StringComparer.Ordinal);

        void Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in edges[node].Where(edges.ContainsKey).Order(StringComparer.Ordinal))
            {
                if (!state.TryGetValue(next, out var s))
                {
                    Visit(next);
                }
                else if (s == 1)
                {
                    var cycle = path[path.IndexOf(next)..];
                    var start = cycle.IndexOf(cycle.Min(StringComparer.Ordinal)!);
                    var canonical = cycle.Skip(start).Concat(cycle.Take(start)).ToList();
                    if (reported.Add(string.Join('>', canonical)))
                    {
                        var text = string.Join(" → ", canonical.Append(canonical[0]));
                        diagnostics.Add(code, at(canonical[0], canonical[1 % canonical.Count]), $"{field} forms a cycle: {text}; remove one of these links");
                    }
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
        }

        foreach (var node in edges.Keys.Order(StringComparer.Ordinal))
        {
            if (!state.ContainsKey(node))
            {
                Visit(node);
            }
        }
    }
}
