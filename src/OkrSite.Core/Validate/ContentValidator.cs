using System.Collections.Immutable;
using System.Globalization;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Content;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;

namespace OkrSite.Core.Validate;

/// <summary>
/// Checks the rules that span files: unique ids (objectives' per period), references that name something, no cycles,
/// metrics that exist. Returns the content with later duplicates dropped, so the compute stage can index by id (an
/// objective by its key), and every aligns_to resolved to the key of the objective it names (unresolved ones dropped).
/// </summary>
internal static class ContentValidator
{
    public static ContentSet Validate(ContentSet content, DataSet data, DiagnosticBag diagnostics)
    {
        var teams = Unique(content.Teams, t => t.Id, t => t.Source, t => $"team id '{t.Id}'", diagnostics);
        var kpis = Unique(content.Kpis, k => k.Id, k => k.Source, k => $"KPI id '{k.Id}'", diagnostics);
        var objectives = Unique(content.Objectives, o => o.Key, o => o.Source, o => $"objective id '{o.Id}' in {o.Period}", diagnostics);

        var teamIds = teams.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var kpiIds = kpis.Select(k => k.Id).ToHashSet(StringComparer.Ordinal);
        var teamNames = new Suggestions(teamIds);
        var references = new ObjectiveReferences(objectives, content);
        var metricNames = new Suggestions(kpiIds.Concat(data.Series.Keys));

        foreach (var team in teams)
        {
            CheckTeam(team.Parent, teamIds, teamNames, "parent", content, diagnostics);
        }

        foreach (var kpi in kpis)
        {
            CheckTeam(kpi.Team, teamIds, teamNames, "team", content, diagnostics);
        }

        var resolved = ImmutableArray.CreateBuilder<ObjectiveDefinition>(objectives.Length);
        foreach (var objective in objectives)
        {
            CheckTeam(objective.Team, teamIds, teamNames, "team", content, diagnostics);
            resolved.Add(Resolve(objective, references, diagnostics));

            foreach (var kr in objective.KeyResults)
            {
                if (kr.Metric is { } metric && data.Find(metric.Value) is null && !kpiIds.Contains(metric.Value) && !content.MayBeUnread(ContentLoader.KpisFolder, metric.Value))
                {
                    diagnostics.Add(Codes.UnknownMetric, metric.At, $"metric '{metric.Value}' of key result '{kr.Id}' is neither a KPI nor a series in the data{metricNames.For(metric.Value)}");
                }
            }
        }

        objectives = resolved.MoveToImmutable();
        var objectiveByKey = objectives.ToDictionary(o => o.Key, StringComparer.Ordinal);
        var teamById = teams.ToDictionary(t => t.Id, StringComparer.Ordinal);
        ReportCycles(
            objectives.ToDictionary(o => o.Key, o => (IEnumerable<string>)o.AlignsTo.Select(a => a.Value), StringComparer.Ordinal),
            (from, to) => objectiveByKey[from].AlignsTo.First(a => a.Value == to).At,
            Codes.AlignmentCycle,
            "aligns_to",
            diagnostics);
        ReportCycles(
            teams.ToDictionary(t => t.Id, t => t.Parent is { } p ? (IEnumerable<string>)[p.Value] : [], StringComparer.Ordinal),
            (from, _) => teamById[from].Parent!.Value.At,
            Codes.TeamCycle,
            "parent",
            diagnostics);

        return content with { Teams = teams, Kpis = kpis, Objectives = objectives };
    }

    private static ObjectiveDefinition Resolve(ObjectiveDefinition objective, ObjectiveReferences references, DiagnosticBag diagnostics)
    {
        var keys = ImmutableArray.CreateBuilder<Located<string>>(objective.AlignsTo.Length);
        foreach (var reference in objective.AlignsTo)
        {
            if (references.Resolve(reference, diagnostics) is { } key)
            {
                keys.Add(reference with { Value = key });
            }
        }

        return objective with { AlignsTo = keys.DrainToImmutable() };
    }

    private static void CheckTeam(Located<string>? reference, HashSet<string> teamIds, Suggestions names, string field, ContentSet content, DiagnosticBag diagnostics)
    {
        if (reference is { } team && !teamIds.Contains(team.Value) && !content.MayBeUnread(ContentLoader.TeamsFolder, team.Value))
        {
            diagnostics.Add(Codes.UnknownTeam, team.At, $"{field} names '{team.Value}', which is not a team in content/teams/{names.For(team.Value)}");
        }
    }

    /// <param name="id">What must be unique: an id, or an objective's key (ids are unique per period).</param>
    /// <param name="describe">How the message names it: "objective id 'x' in 2026-Q3".</param>
    private static ImmutableArray<T> Unique<T>(ImmutableArray<T> items, Func<T, string> id, Func<T, SourceSpan> source, Func<T, string> describe, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, T>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<T>(items.Length);
        foreach (var item in items)
        {
            if (first.TryGetValue(id(item), out var earlier))
            {
                diagnostics.Add(Codes.DuplicateId, source(item), $"{describe(item)} is already used by {source(earlier).File}; rename this file or set a different 'id:'");
                continue;
            }

            first.Add(id(item), item);
            result.Add(item);
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// Finds every cycle of the graph once and reports it at the first link of its smallest id. A depth-first search
    /// with its own stack, not recursion: a chain of 100,000 aligns_to links is valid content and must not overflow
    /// the thread's stack. Each back edge closes exactly one cycle, so every cycle is reported once.
    /// </summary>
    private static void ReportCycles(Dictionary<string, IEnumerable<string>> edges, Func<string, string, SourceSpan> at, DiagnosticCode code, string field, DiagnosticBag diagnostics)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var onPath = new Dictionary<string, int>(StringComparer.Ordinal); // node → its index in path
        var path = new List<string>();
        var stack = new Stack<(string Node, IEnumerator<string> Next)>();

        foreach (var root in edges.Keys.Order(StringComparer.Ordinal))
        {
            if (done.Contains(root))
            {
                continue;
            }

            Enter(root);
            while (stack.TryPeek(out var top))
            {
                if (!top.Next.MoveNext())
                {
                    stack.Pop();
                    top.Next.Dispose();
                    onPath.Remove(top.Node);
                    path.RemoveAt(path.Count - 1);
                    done.Add(top.Node);
                    continue;
                }

                var next = top.Next.Current;
                if (onPath.TryGetValue(next, out var index))
                {
                    Report(path, index, at, code, field, diagnostics);
                }
                else if (!done.Contains(next))
                {
                    Enter(next);
                }
            }
        }

        void Enter(string node)
        {
            onPath.Add(node, path.Count);
            path.Add(node);
            stack.Push((node, edges[node].Where(edges.ContainsKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).GetEnumerator()));
        }
    }

    /// <summary>Reports the cycle path[start..] → path[start], rotated to begin at its smallest id.</summary>
    private static void Report(List<string> path, int start, Func<string, string, SourceSpan> at, DiagnosticCode code, string field, DiagnosticBag diagnostics)
    {
        var length = path.Count - start;
        var first = start;
        for (var i = start + 1; i < path.Count; i++)
        {
            if (string.CompareOrdinal(path[i], path[first]) < 0)
            {
                first = i;
            }
        }

        string Id(int k) => path[start + ((first - start + k) % length)];

        // A cycle through thousands of files is named by its first and last links, not by a message of megabytes.
        const int Shown = 12;
        var ids = length <= Shown
            ? Enumerable.Range(0, length).Select(Id).Append(Id(0))
            : Enumerable.Range(0, Shown - 2).Select(Id)
                .Append(string.Create(CultureInfo.InvariantCulture, $"… {length - Shown + 1} more …"))
                .Append(Id(length - 1)).Append(Id(0));
        diagnostics.Add(code, at(Id(0), Id(1 % length)), $"{field} forms a cycle: {string.Join(" → ", ids)}; remove one of these links");
    }
}
