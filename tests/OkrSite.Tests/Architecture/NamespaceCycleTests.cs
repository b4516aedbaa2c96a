using System.Text.RegularExpressions;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Architecture;

/// <summary>
/// The engine's top-level namespaces form a one-way graph: a stage may use the ones below it, never the other way
/// round. Read from the source (every <c>OkrSite.Core.X</c> a file names, in a using line or written out in full),
/// so a new cycle fails here with the files that make it.
/// </summary>
public partial class NamespaceCycleTests
{
    private static readonly string[] TopLevel = ["Model", "Diagnostics", "IO", "Load", "Validate", "Compute", "Render", "Write", "Pipeline"];

    /// <summary>
    /// Edges allowed for now, each with a comment naming the work that removes it. Empty: the last one, Write → Render
    /// (the publisher named ReportJson.FileName), went when every output path moved into SitePaths.
    /// </summary>
    private static readonly HashSet<(string From, string To)> KnownExceptions = [];

    [Fact]
    public void Top_level_namespaces_of_the_engine_have_no_cycle()
    {
        var edges = Edges(Path.Combine(Repository.Root, "src", "OkrSite.Core"));
        Assert.NotEmpty(edges);

        var cycle = FindCycle(edges.Keys.Where(e => !KnownExceptions.Contains(e)));

        Assert.True(cycle is null, cycle is null ? null : Describe(cycle, edges));
    }

    [Fact]
    public void Model_depends_on_nothing_but_diagnostics()
    {
        var edges = Edges(Path.Combine(Repository.Root, "src", "OkrSite.Core"));

        Assert.Equal(["Diagnostics"], edges.Keys.Where(e => e.From == "Model").Select(e => e.To).Order());
    }

    [Fact]
    public void Every_known_exception_is_still_an_edge()
    {
        // When the ids branch lands and the edge goes, this says to remove the exception rather than keep a stale one.
        var edges = Edges(Path.Combine(Repository.Root, "src", "OkrSite.Core"));

        Assert.All(KnownExceptions, e => Assert.True(edges.ContainsKey(e), $"{e.From} → {e.To} is no longer used: remove it from KnownExceptions"));
    }

    [Fact]
    public void A_cycle_is_found_and_printed_in_order()
    {
        (string, string)[] edges = [("Render", "Model"), ("Write", "Render"), ("Render", "Write"), ("Pipeline", "Write")];

        Assert.Equal(["Write", "Render", "Write"], FindCycle(edges));
        Assert.Equal(["Compute", "Load", "Validate", "Compute"], FindCycle([("Load", "Validate"), ("Validate", "Compute"), ("Compute", "Load"), ("Load", "Model")]));
        Assert.Null(FindCycle([("Load", "Model"), ("Validate", "Load"), ("Validate", "Model")]));
    }

    [Fact]
    public void A_qualified_name_counts_as_a_dependency()
    {
        var found = Named("namespace OkrSite.Core.Render.Html;\nusing OkrSite.Core.Model;\n// OkrSite.Core.Write is in this comment\nvar c = OkrSite.Core.Diagnostics.Codes.X;\n");

        Assert.Equal(["Diagnostics", "Model", "Write"], found.Order());
    }

    /// <summary>Each edge between two top-level namespaces with the files (relative to the engine) that make it.</summary>
    private static Dictionary<(string From, string To), List<string>> Edges(string engine)
    {
        var edges = new Dictionary<(string, string), List<string>>();
        foreach (var file in Directory.EnumerateFiles(engine, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(engine, file).Replace('\\', '/');
            if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            var own = NamespaceLine().Match(text) is { Success: true } m ? m.Groups[1].Value : null;
            if (own is null || !TopLevel.Contains(own))
            {
                continue;
            }

            foreach (var used in Named(text).Where(u => u != own && TopLevel.Contains(u)))
            {
                if (!edges.TryGetValue((own, used), out var files))
                {
                    edges[(own, used)] = files = [];
                }

                files.Add(relative);
            }
        }

        return edges;
    }

    /// <summary>The top-level namespaces a file names, except the one it declares.</summary>
    private static HashSet<string> Named(string text)
    {
        var withoutDeclaration = NamespaceLine().Replace(text, string.Empty);
        return [.. QualifiedName().Matches(withoutDeclaration).Select(m => m.Groups[1].Value)];
    }

    /// <summary>The first cycle of the graph as a path that starts and ends on the same namespace, or null.</summary>
    internal static List<string>? FindCycle(IEnumerable<(string From, string To)> edges)
    {
        var next = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).Distinct().Order(StringComparer.Ordinal).ToList());
        var done = new HashSet<string>();
        var path = new List<string>();

        List<string>? Visit(string node)
        {
            var onPath = path.IndexOf(node);
            if (onPath >= 0)
            {
                return [.. path[onPath..], node];
            }

            if (!done.Add(node))
            {
                return null;
            }

            path.Add(node);
            foreach (var to in next.GetValueOrDefault(node) ?? [])
            {
                if (Visit(to) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            return null;
        }

        foreach (var start in next.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start) is { } cycle)
            {
                return cycle;
            }
        }

        return null;
    }

    private static string Describe(List<string> cycle, Dictionary<(string From, string To), List<string>> edges)
    {
        var steps = cycle.Zip(cycle.Skip(1)).Select(s => $"  {s.First} → {s.Second}: {string.Join(", ", edges[(s.First, s.Second)])}");
        return $"namespace cycle {string.Join(" → ", cycle)}\n{string.Join("\n", steps)}";
    }

    [GeneratedRegex(@"^namespace OkrSite\.Core\.(\w+)[\w.]*\s*[;{]", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"\bOkrSite\.Core\.(\w+)\b")]
    private static partial Regex QualifiedName();
}
