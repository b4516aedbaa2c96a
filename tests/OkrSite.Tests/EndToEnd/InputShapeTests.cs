using System.Text.Json;
using System.Text.RegularExpressions;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Content;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.EndToEnd;

/// <summary>
/// Input of an extreme shape costs time and output linear in its size, never a stack overflow, an exponential page
/// or a page per period that lists every period. The deep and huge sites run in the real process: the test host's
/// own stack and heap are larger than the ones a CI runner gives okrsite.
/// </summary>
public sealed partial class InputShapeTests
{
    private const int OneMiB = 1024 * 1024;

    /// <summary>Every thread of the child gets 1 MiB of stack: the main thread through prlimit, the others through the runtime.</summary>
    private static readonly Dictionary<string, string> SmallStacks = new() { ["DOTNET_DefaultStackSize"] = "100000" };

    /// <summary>512 MiB of GC heap, as the issue asks the largest shapes to fit in.</summary>
    private static readonly Dictionary<string, string> HeapLimit = new() { ["DOTNET_GCHeapHardLimit"] = "0x20000000" };

    [Fact]
    public void A_lattice_lists_each_objective_once_and_the_alignment_page_grows_linearly()
    {
        const int Layers = 20;
        using var site = ShapeSites.Lattice(Layers);

        var run = CliRun.Of("build", site.Root, "--out", site.Output);

        Assert.True(run.ExitCode == 0, run.Error);
        var html = File.ReadAllText(Path.Combine(site.Output, "alignment", "index.html"));
        for (var layer = 0; layer < Layers; layer++)
        {
            for (var k = 0; k < 2; k++)
            {
                var id = ShapeSites.LatticeId(layer, k);
                Assert.Equal(1, Count(html, $"id=\"objective-2026-Q3/{id}\""));
                Assert.Equal(1, Count(html, $"href=\"../objectives/2026-Q3/{id}/\""));
            }
        }

        // 40 objectives and 76 links: 2 roots, 38 objectives shown under their first parent, 38 references.
        const int objectives = 2 * Layers, links = 4 * (Layers - 1);
        Assert.Equal(links - (objectives - 2), Count(html, "Also aligns here"));
        Assert.True(html.Length < 8_000 + (500 * (objectives + links)), $"the alignment page has {html.Length} characters");
        Assert.Equal(Count(html, "<ul"), Count(html, "</ul>"));
        Assert.Equal(Count(html, "<li>") + Count(html, "<li "), Count(html, "</li>"));
    }

    [Fact]
    public void A_chain_of_100000_aligned_objectives_builds_on_a_1_MiB_stack()
    {
        using var site = ShapeSites.Chain(100_000);

        var run = OkrSiteProcess.Run(["build", site.Root, "--out", site.Output], SmallStacks, TimeSpan.FromMinutes(10), stackBytes: OneMiB);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        Assert.Contains("0 errors, 0 warnings", run.Output, StringComparison.Ordinal);
        var html = File.ReadAllText(Path.Combine(site.Output, "alignment", "index.html"));
        Assert.Equal(100_000, Count(html, "id=\"objective-2026-Q3/o"));
        Assert.Contains("<li aria-level=\"100000\" id=\"objective-2026-Q3/o099999\">", html, StringComparison.Ordinal);
        Assert.Equal(Count(html, "<ul"), Count(html, "</ul>"));
    }

    [Fact]
    public void A_chain_of_100000_teams_builds_on_a_1_MiB_stack()
    {
        using var site = ShapeSites.TeamChain(100_000);

        var run = OkrSiteProcess.Run(["build", site.Root, "--out", site.Output], SmallStacks, TimeSpan.FromMinutes(10), stackBytes: OneMiB);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        Assert.Contains("100000 teams", run.Output, StringComparison.Ordinal);
        var deepest = File.ReadAllText(Path.Combine(site.Output, "teams", "t099999", "index.html"));
        Assert.Contains("href=\"../../teams/t099998/\"", deepest, StringComparison.Ordinal);
        Assert.Contains("href=\"../../objectives/2026-Q3/deep/\"", deepest, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_periods_index_lists_every_period()
    {
        const int Periods = 40;
        using var site = ShapeSites.Quarters(Periods);

        var run = CliRun.Of("build", site.Root, "--out", site.Output);

        Assert.True(run.ExitCode == 0, run.Error);
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > Periods, $"{pages.Count} pages");
        foreach (var page in pages)
        {
            var linked = PeriodLink().Matches(File.ReadAllText(page)).Select(m => m.Groups[1].Value).Distinct().Count();
            var name = Path.GetRelativePath(site.Output, page).Replace('\\', '/');
            if (name == "periods/index.html")
            {
                Assert.Equal(Periods, linked);
            }
            else
            {
                // Its own period, the current one, and a period page's two neighbours.
                Assert.True(linked <= 4, $"{name} links {linked} periods");
            }
        }

        var index = File.ReadAllText(Path.Combine(site.Output, "periods", "index.html"));
        var listed = PeriodLink().Matches(index).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal("2035-Q4", listed[0]);
        Assert.Equal("2026-Q1", listed[^1]);
        var q3 = File.ReadAllText(Path.Combine(site.Output, "periods", "2026-Q3", "index.html"));
        Assert.Contains("<a href=\"../../periods/2026-Q4/\" rel=\"next\">Newer: 2026-Q4</a>", q3, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../../periods/2026-Q2/\" rel=\"prev\">Older: 2026-Q2</a>", q3, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../../periods/\">All periods</a>", q3, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flood_of_one_warning_lists_the_first_twenty_and_counts_the_rest_in_the_console_and_report_json()
    {
        const string Flood = "content/okrs/2026-Q3/flood.md";
        var fields = string.Concat(Enumerable.Range(0, 100).Select(i => $"x{i:000}: 1\n"));
        using var site = new TempSite()
            .File("site.json", """{ "title": "Flood", "asOf": "2026-08-15", "coach": { "off": ["all"] } }""")
            .File(Flood, $"---\ntitle: Flood\n{fields}key_results:\n  - title: Done\n    done: true\n---\n");

        var run = CliRun.Of("build", site.Root, "--out", site.Output);

        Assert.True(run.ExitCode == 0, run.Error);
        string[] expected =
        [
            .. Enumerable.Range(0, DiagnosticBag.Limit).Select(i => $"{Flood}({i + 3},1): warning OKR0103: unknown field 'x{i:000}' in an objective is ignored"),
            $"{Flood}({DiagnosticBag.Limit + 3},1): warning OKR0103: … and 80 more OKR0103 in this file; only the first 20 are listed, fix those and run again",
        ];
        Assert.Equal(expected, run.ErrorLines);
        Assert.Contains("0 errors, 21 warnings", run.Output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "report.json")));
        var listed = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(DiagnosticBag.Limit + 1, listed.Count);
        Assert.StartsWith("… and 80 more OKR0103", listed[^1].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_flood_of_one_error_is_capped_too_and_still_fails_the_build()
    {
        var krs = string.Concat(Enumerable.Range(0, 30).Select(i => $"  - title: K{i}\n    done: true\n    weight: -1\n"));
        using var site = new TempSite()
            .File("site.json", """{ "title": "Flood", "asOf": "2026-08-15" }""")
            .File("content/okrs/2026-Q3/bad.md", $"---\ntitle: Bad\nkey_results:\n{krs}---\n");

        var run = CliRun.Of("check", site.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(DiagnosticBag.Limit + 1, run.ErrorLines.Length);
        Assert.All(run.ErrorLines, line => Assert.Contains(": error OKR0110: ", line, StringComparison.Ordinal));
        Assert.Equal("content/okrs/2026-Q3/bad.md(66,13): error OKR0110: … and 10 more OKR0110 in this file; only the first 20 are listed, fix those and run again", run.ErrorLines[^1]);
        Assert.Contains("21 errors, 0 warnings", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_objective_with_100000_key_results_fails_with_a_diagnostic_within_512_MiB_of_heap()
    {
        using var site = ShapeSites.KeyResults(100_000);

        var run = OkrSiteProcess.Run(["build", site.Root, "--out", site.Output], HeapLimit, TimeSpan.FromMinutes(5));

        Assert.True(run.ExitCode == 1, run.Error + run.Output);
        Assert.Equal(
            ["content/okrs/2026-Q3/big.md(3,1): error OKR0130: key_results has 100000 key results, more than the 1000 OkrSite reads; split the objective into several (an objective usually has 2 to 5)"],
            run.ErrorLines);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void An_objective_with_the_most_key_results_allowed_builds_within_512_MiB_of_heap()
    {
        using var site = ShapeSites.KeyResults(ContentParser.MaxKeyResults);

        var run = OkrSiteProcess.Run(["build", site.Root, "--out", site.Output], HeapLimit, TimeSpan.FromMinutes(5));

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        var page = File.ReadAllText(Path.Combine(site.Output, "objectives", "2026-Q3", "big", "index.html"));
        Assert.Equal(ContentParser.MaxKeyResults, Count(page, "<tr id=\"kr-"));
    }

    [Fact]
    public void A_csv_header_with_200000_columns_builds_within_512_MiB_of_heap()
    {
        using var site = ShapeSites.WideCsv(200_000);

        var run = OkrSiteProcess.Run(["build", site.Root, "--out", site.Output, "--timings"], HeapLimit, TimeSpan.FromMinutes(5));

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        Assert.Contains("599,997 values", run.Output, StringComparison.Ordinal);

        // Only m1 is tracked: the other 199,998 columns are shown nowhere, 20 listed and the rest counted (OKR0230).
        Assert.Contains("0 errors, 21 warnings", run.Output, StringComparison.Ordinal);
        Assert.Contains(": warning OKR0230: … and 199978 more OKR0230 in this file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_larger_than_the_memory_it_may_use_fails_with_a_clear_message_and_keeps_the_previous_output()
    {
        using var site = new TempSite()
            .File("site.json", """{ "title": "Memory", "asOf": "2026-08-01" }""")
            .File("content/okrs/2026-Q3/o.md", "---\ntitle: O\nkey_results:\n  - title: x\n    done: true\n---\n")
            .File("content/data/small.csv", "metric,date,value\nm0,2026-07-01,1\n");
        Assert.Equal(0, OkrSiteProcess.Run(["build", site.Root]).ExitCode);
        var before = File.ReadAllBytes(Path.Combine(site.Output, "report.json"));

        // 900,000 values (about 18 MB of CSV) against 16 MiB of heap.
        var csv = new System.Text.StringBuilder("metric,date,value\n");
        var start = new DateOnly(2000, 1, 1);
        for (var m = 0; m < 100; m++)
        {
            for (var d = 0; d < 9000; d++)
            {
                csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"m{m},{start.AddDays(d):yyyy-MM-dd},{d}.5\n");
            }
        }

        site.File("content/data/small.csv", csv.ToString());
        var run = OkrSiteProcess.Run(["build", site.Root], new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x1000000" });

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("okrsite: error: the build ran out of memory, so nothing was written and the previous output is unchanged", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(site.Output, "report.json")));
        Assert.Empty(Directory.GetDirectories(site.Root, "_site.okrsite-*"));
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [GeneratedRegex("periods/([0-9]{4}(?:-[HQ][1-4])?)/")]
    private static partial Regex PeriodLink();
}
