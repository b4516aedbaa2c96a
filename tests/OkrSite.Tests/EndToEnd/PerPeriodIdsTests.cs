using System.Text.Json;
using System.Text.RegularExpressions;
using OkrSite.Core.Model;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.EndToEnd;

/// <summary>
/// A site as teams keep it, one folder per quarter with the same file names, built by the command line: every
/// objective has its page at its period's URL, and report.json refers to objectives by key.
/// </summary>
public partial class PerPeriodIdsTests
{
    private static TempSite Quarters(string q4AlignsTo = "[company-growth, 2026-Q3/retention]") => new TempSite()
        .File("site.json", """{ "title": "Quarters", "asOf": "2026-11-15", "period": "2026-Q4", "baseUrl": "/okr/" }""")
        .File("content/kpis/retention.md", "---\nname: Retention\nunit: \"%\"\n---\n")
        .File("content/data/kpis.csv", "date,metric,value\n2026-06-30,retention,70\n2026-08-31,retention,72\n2026-10-31,retention,74\n")
        .File("content/okrs/2026/company-growth.md", "---\ntitle: Grow the company\nkey_results:\n  - title: Ship it\n    progress: 0.5\n---\n")
        .File("content/okrs/2026-Q3/retention.md", "---\ntitle: Keep customers Q3\naligns_to: company-growth\nkey_results:\n  - title: Retention to 75\n    metric: retention\n    target: 75\n---\n")
        .File("content/okrs/2026-Q4/retention.md", $"---\ntitle: Keep customers Q4\naligns_to: {q4AlignsTo}\nkey_results:\n  - title: Retention to 80\n    metric: retention\n    target: 80\n---\n");

    [Fact]
    public void Two_quarters_with_the_same_file_names_build_with_a_page_each()
    {
        using var site = Quarters();

        var run = CliRun.Of("build", site.Root, "--out", site.Output);

        Assert.True(run.ExitCode == 0, run.Error);
        var q3 = File.ReadAllText(Path.Combine(site.Output, "objectives", "2026-Q3", "retention", "index.html"));
        var q4 = File.ReadAllText(Path.Combine(site.Output, "objectives", "2026-Q4", "retention", "index.html"));
        Assert.Contains("<h1>Keep customers Q3</h1>", q3, StringComparison.Ordinal);
        Assert.Contains("<h1>Keep customers Q4</h1>", q4, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Output, "objectives", "2026-Q3", "retention", "kr1.svg")));
        Assert.True(File.Exists(Path.Combine(site.Output, "objectives", "2026-Q4", "retention", "kr1.svg")));
        Assert.False(File.Exists(Path.Combine(site.Output, "objectives", "2026-Q4", "retention", "kr1.dark.svg"))); // one SVG follows both schemes

        // Q4 aligns to the company objective and to Q3's retention; the company objective lists both as children.
        Assert.Contains("href=\"../../../objectives/2026-Q3/retention/\"", q4, StringComparison.Ordinal);
        Assert.Contains("href=\"../../../objectives/2026/company-growth/\"", q4, StringComparison.Ordinal);
        var company = File.ReadAllText(Path.Combine(site.Output, "objectives", "2026", "company-growth", "index.html"));
        Assert.Contains("href=\"../../../objectives/2026-Q3/retention/\"", company, StringComparison.Ordinal);
        Assert.Contains("href=\"../../../objectives/2026-Q4/retention/\"", company, StringComparison.Ordinal);
        var kpi = File.ReadAllText(Path.Combine(site.Output, "kpis", "retention", "index.html"));
        Assert.Contains("href=\"../../objectives/2026-Q3/retention/\"", kpi, StringComparison.Ordinal);
        Assert.Contains("href=\"../../objectives/2026-Q4/retention/\"", kpi, StringComparison.Ordinal);

        // The year's alignment page, which holds both quarters, anchors each by its key: an id alone would be the same element id twice.
        var alignment = File.ReadAllText(Path.Combine(site.Output, "alignment", "2026", "index.html"));
        Assert.Equal(1, alignment.Split(" id=\"objective-2026-Q3/retention\"").Length - 1);
        Assert.Equal(1, alignment.Split(" id=\"objective-2026-Q4/retention\"").Length - 1);

        // The former URL of the unique id redirects; that of the id both quarters use does not exist.
        Assert.True(File.Exists(Path.Combine(site.Output, "objectives", "company-growth", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "objectives", "retention")));
    }

    [Fact]
    public void Report_json_refers_to_objectives_by_key_and_links_their_period_pages()
    {
        using var site = Quarters();
        Assert.Equal(0, CliRun.Of("build", site.Root, "--out", site.Output).ExitCode);

        using var report = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "report.json")));
        var root = report.RootElement;
        var objectives = root.GetProperty("objectives").EnumerateArray().ToDictionary(o => o.GetProperty("key").GetString()!, StringComparer.Ordinal);

        // Latest period first: a quarter ends with its year and is shorter, so 2026-Q4 comes before 2026.
        Assert.Equal(["2026-Q4/retention", "2026/company-growth", "2026-Q3/retention"], objectives.Keys);
        var q4 = objectives["2026-Q4/retention"];
        Assert.Equal("retention", q4.GetProperty("id").GetString());
        Assert.Equal("2026-Q4", q4.GetProperty("period").GetString());
        Assert.Equal("/okr/objectives/2026-Q4/retention/", q4.GetProperty("url").GetString());
        Assert.Equal(["2026/company-growth", "2026-Q3/retention"], Strings(q4, "alignsTo"));
        Assert.Equal(["2026-Q4/retention"], Strings(objectives["2026-Q3/retention"], "children"));
        Assert.Equal(["2026-Q3/retention", "2026-Q4/retention"], Strings(objectives["2026/company-growth"], "children"));
        var kpi = root.GetProperty("kpis").EnumerateArray().Single();
        Assert.Equal(["2026-Q3/retention/kr1", "2026-Q4/retention/kr1"], Strings(kpi, "linkedKeyResults"));
    }

    [Fact]
    public void An_ambiguous_aligns_to_fails_the_build_with_the_forms_to_write()
    {
        using var site = Quarters();
        site.File("content/okrs/2026-Q4/churn.md", "---\ntitle: Less churn\naligns_to: retention\nkey_results:\n  - title: x\n    done: false\n---\n");

        var run = CliRun.Of("build", site.Root, "--out", site.Output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(
            "content/okrs/2026-Q4/churn.md(3,12): error OKR0330: aligns_to names 'retention', an id that objectives of 2 periods use; write the one meant as period/id: '2026-Q4/retention' or '2026-Q3/retention'",
            run.ErrorLines);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void An_unknown_period_id_fails_the_build_with_the_nearest_key()
    {
        using var site = Quarters(q4AlignsTo: "2026-Q2/retention");

        var run = CliRun.Of("build", site.Root, "--out", site.Output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(
            "content/okrs/2026-Q4/retention.md(3,12): error OKR0301: aligns_to names '2026-Q2/retention', which is not an objective; did you mean '2026-Q3/retention'?",
            run.ErrorLines);
    }

    /// <summary>Every link and image of every page, and every URL in report.json, is a file of the output.</summary>
    [Theory]
    [InlineData("northwind")]
    [InlineData(null)]
    public void Every_url_the_site_writes_is_a_file_it_writes(string? fixture)
    {
        using var site = fixture is null ? Quarters() : TempSite.CopyOf(fixture);
        Assert.Equal(0, CliRun.Of("build", site.Root, "--out", site.Output).ExitCode);
        var files = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);
        var origin = new Uri("https://example.org/");
        var checkedLinks = 0;

        foreach (var page in files.Where(f => f.EndsWith(".html", StringComparison.Ordinal) && f != SitePaths.NotFoundUrl))
        {
            var url = new Uri(origin, page.EndsWith("index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page);
            foreach (var target in Link().Matches(File.ReadAllText(Path.Combine(site.Output, page))).Select(m => m.Groups["url"].Value))
            {
                var resolved = new Uri(url, target);
                Assert.True(resolved.Host == origin.Host, $"{page} links outside the site: {target}");
                var file = SitePaths.FileOf(resolved.AbsolutePath.TrimStart('/'));
                Assert.True(files.Contains(file), $"{page} links {target}, but the output has no {file}");
                checkedLinks++;
            }
        }

        using var report = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, SitePaths.ReportJson)));
        var baseUrl = report.RootElement.GetProperty("baseUrl").GetString()!;
        foreach (var kind in new[] { "objectives", "kpis", "teams" })
        {
            foreach (var item in report.RootElement.GetProperty(kind).EnumerateArray())
            {
                var url = item.GetProperty("url").GetString()!;
                Assert.StartsWith(baseUrl, url, StringComparison.Ordinal);
                Assert.Contains(SitePaths.FileOf(url[baseUrl.Length..]), files);
                checkedLinks++;
            }
        }

        Assert.True(checkedLinks > 50, $"{checkedLinks} links checked");
    }

    private static string[] Strings(JsonElement element, string name) => [.. element.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];

    [GeneratedRegex(@"(?:href|src|srcset)=""(?<url>(?!https?:|mailto:|#)[^""#]*)(?:#[^""]*)?""")]
    private static partial Regex Link();
}
