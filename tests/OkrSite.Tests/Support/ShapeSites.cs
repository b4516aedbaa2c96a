using System.Globalization;
using System.Text;

namespace OkrSite.Tests.Support;

/// <summary>
/// Sites of an extreme shape, written on the fly: long chains, lattices, many periods, huge files. Each is valid
/// content unless its name says otherwise, so a build that fails or overflows is OkrSite's fault.
/// </summary>
public static class ShapeSites
{
    // The coach is off: these sites are about the shape of the input, and their counts of warnings are pinned.
    private const string SiteJson = """{ "title": "Shapes", "asOf": "2026-08-15", "period": "2026-Q3", "coach": { "off": ["all"] } }""";

    /// <summary>content/okrs/&lt;folder&gt;/&lt;id&gt;.md with one milestone key result.</summary>
    public static TempSite Objective(this TempSite site, string folder, string id, IEnumerable<string>? alignsTo = null, string? team = null)
    {
        var text = new StringBuilder("---\n").Append(CultureInfo.InvariantCulture, $"title: Objective {id}\n");
        if (team is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"team: {team}\n");
        }

        if (alignsTo?.ToList() is { Count: > 0 } parents)
        {
            text.Append(CultureInfo.InvariantCulture, $"aligns_to: [{string.Join(", ", parents)}]\n");
        }

        text.Append("key_results:\n  - title: Done\n    done: true\n---\n");
        return site.File($"content/okrs/{folder}/{id}.md", text.ToString());
    }

    /// <summary>Objectives o000000 … each aligned to the one before: a chain <paramref name="length"/> deep.</summary>
    public static TempSite Chain(int length)
    {
        var site = new TempSite().File("site.json", SiteJson);
        for (var i = 0; i < length; i++)
        {
            site.Objective("2026-Q3", Id("o", i), i == 0 ? null : [Id("o", i - 1)]);
        }

        return site;
    }

    /// <summary><paramref name="layers"/> layers of two objectives, each aligned to both of the layer above.</summary>
    public static TempSite Lattice(int layers)
    {
        var site = new TempSite().File("site.json", SiteJson);
        for (var layer = 0; layer < layers; layer++)
        {
            for (var k = 0; k < 2; k++)
            {
                site.Objective("2026-Q3", LatticeId(layer, k), layer == 0 ? null : [LatticeId(layer - 1, 0), LatticeId(layer - 1, 1)]);
            }
        }

        return site;
    }

    public static string LatticeId(int layer, int k) => string.Create(CultureInfo.InvariantCulture, $"l{layer:00}-{k}");

    /// <summary>Teams t000000 … each the parent of the next, and one objective of the deepest team.</summary>
    public static TempSite TeamChain(int length)
    {
        var site = new TempSite().File("site.json", SiteJson);
        for (var i = 0; i < length; i++)
        {
            var parent = i == 0 ? string.Empty : $"parent: {Id("t", i - 1)}\n";
            site.File($"content/teams/{Id("t", i)}.md", $"---\nname: Team {i}\n{parent}---\n");
        }

        return site.Objective("2026-Q3", "deep", team: Id("t", length - 1));
    }

    /// <summary>One objective in each of <paramref name="count"/> quarters, from 2026-Q1 onwards.</summary>
    public static TempSite Quarters(int count)
    {
        var site = new TempSite().File("site.json", SiteJson);
        for (var i = 0; i < count; i++)
        {
            var quarter = string.Create(CultureInfo.InvariantCulture, $"{2026 + (i / 4)}-Q{(i % 4) + 1}");
            site.Objective(quarter, $"o-{quarter.ToLowerInvariant()}");
        }

        return site;
    }

    /// <summary>One objective with <paramref name="count"/> metric key results scored from 'current'.</summary>
    public static TempSite KeyResults(int count)
    {
        var text = new StringBuilder("---\ntitle: Everything\nkey_results:\n");
        for (var i = 0; i < count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - title: KR {i}\n    baseline: 0\n    current: {i % 50}\n    target: 100\n");
        }

        return new TempSite().File("site.json", SiteJson).File("content/okrs/2026-Q3/big.md", text.Append("---\n").ToString());
    }

    /// <summary>A wide CSV: a date column, then <paramref name="columns"/> - 1 metric columns, and three rows.</summary>
    public static TempSite WideCsv(int columns)
    {
        var text = new StringBuilder("date");
        for (var i = 1; i < columns; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $",m{i}");
        }

        for (var row = 0; row < 3; row++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n2026-0{row + 6}-01");
            for (var i = 1; i < columns; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $",{(i + row) % 97}");
            }
        }

        return new TempSite().File("site.json", SiteJson)
            .File("content/data/wide.csv", text.Append('\n').ToString())
            .File("content/okrs/2026-Q3/o.md", "---\ntitle: Wide\nkey_results:\n  - title: M1\n    metric: m1\n    baseline: 0\n    target: 100\n---\n");
    }

    private static string Id(string prefix, int i) => string.Create(CultureInfo.InvariantCulture, $"{prefix}{i:000000}");
}
