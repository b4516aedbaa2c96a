using System.Text;
using OkrSite.Core.Pipeline;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Pipeline;

/// <summary>
/// The nothing-changed rebuild through the real command line: a second build with nothing changed is skipped
/// (the output untouched, the same warnings, summary and exit code), and every kind of change gives a full build
/// whose output equals a cold build's, byte for byte.
/// </summary>
public class BuildRecordsTests
{
    private const string Skipped = "all unchanged: the output is up to date";

    [Fact]
    public void A_rebuild_with_nothing_changed_is_skipped_with_the_same_warnings_summary_and_exit_code_and_writes_nothing()
    {
        using var site = Northwind();
        // A warning to replay: an unknown key in site.json.
        site.File("site.json", Northwind().Read("site.json").Replace("\"title\"", "\"colour\": \"red\",\n  \"title\"", StringComparison.Ordinal));

        var first = Build(site);
        var before = Stamps(site.Output);
        var second = Build(site);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.ExitCode, second.ExitCode);
        Assert.Contains("OKR0003", first.Error, StringComparison.Ordinal);
        Assert.Equal(first.ErrorLines, second.ErrorLines);
        Assert.Equal(Summary(first), Summary(second));
        Assert.Contains(Skipped, StageLine(second, BuildStage.CheckInputs), StringComparison.Ordinal);
        Assert.DoesNotContain(second.Output.Split('\n'), l => l.StartsWith(BuildStage.ConfigAndTheme, StringComparison.Ordinal));
        Assert.Contains("Nothing changed since the last build", second.Output, StringComparison.Ordinal);
        Assert.Equal(before, Stamps(site.Output));
    }

    [Fact]
    public void Strict_after_a_lenient_build_with_warnings_builds_and_fails_as_a_strict_build_does()
    {
        using var site = Northwind();
        site.File("site.json", site.Read("site.json").Replace("\"title\"", "\"colour\": \"red\",\n  \"title\"", StringComparison.Ordinal));
        Build(site);

        var strict = Build(site, "--warnings-as-errors");
        var again = Build(site, "--warnings-as-errors");

        Assert.Equal(1, strict.ExitCode);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("error OKR0003", again.Error, StringComparison.Ordinal);
        Assert.Contains(again.Output.Split('\n'), l => l.StartsWith(BuildStage.ConfigAndTheme, StringComparison.Ordinal));
    }

    [Fact]
    public void Touching_an_input_without_changing_it_still_skips()
    {
        using var site = Northwind();
        Build(site);
        var before = Stamps(site.Output);

        foreach (var file in new[] { "content/okrs/2026-Q3/emea.md", "content/data/sales.csv", "site.json" })
        {
            File.SetLastWriteTimeUtc(Path.Combine(site.Root, file), DateTime.UtcNow.AddMinutes(-5));
        }

        Assert.Contains(Skipped, StageLine(Build(site), BuildStage.CheckInputs), StringComparison.Ordinal);
        Assert.Contains(Skipped, StageLine(Build(site), BuildStage.CheckInputs), StringComparison.Ordinal);
        Assert.Equal(before, Stamps(site.Output));
    }

    [Fact]
    public void A_build_with_errors_is_never_recorded()
    {
        using var site = Northwind();
        site.File("content/okrs/2026-Q3/emea.md", site.Read("content/okrs/2026-Q3/emea.md").Replace("aligns_to: grow", "aligns_to: nowhere", StringComparison.Ordinal));

        var first = Build(site);
        var second = Build(site);

        Assert.Equal(1, first.ExitCode);
        Assert.Equal(1, second.ExitCode);
        Assert.Equal(first.ErrorLines, second.ErrorLines);
        Assert.DoesNotContain(Skipped, second.Output, StringComparison.Ordinal);
        Assert.Contains(second.Output.Split('\n'), l => l.StartsWith(BuildStage.ConfigAndTheme, StringComparison.Ordinal));
    }

    [Fact]
    public void No_cache_never_skips()
    {
        using var site = Northwind();
        Build(site);

        var run = CliRun.Of("build", site.Root, "--timings", "--no-cache");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(run.Output.Split('\n'), l => l.StartsWith(BuildStage.CheckInputs, StringComparison.Ordinal));
        Assert.DoesNotContain("Nothing changed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_record_is_a_normal_build_and_then_a_record_again()
    {
        using var site = Northwind();
        Build(site);
        var record = Assert.Single(Directory.GetFiles(Path.Combine(site.Root, BuildOptions.DefaultCacheFolder, BuildRecords.Folder)));
        File.WriteAllText(record, "{\"format\": 1, \"inputs\": [");

        var damaged = Build(site);
        var after = Build(site);

        Assert.Equal(0, damaged.ExitCode);
        Assert.Equal("", damaged.Error);
        Assert.Contains("no record", StageLine(damaged, BuildStage.CheckInputs), StringComparison.Ordinal);
        Assert.Contains(Skipped, StageLine(after, BuildStage.CheckInputs), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_added_to_the_output_by_hand_is_not_skipped_over_and_refused_as_a_build_refuses_it()
    {
        using var site = Northwind();
        Build(site);
        site.File("_site/extra.html", "<p>hand-made</p>\n");

        var run = Build(site);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("OKR0904", run.Error, StringComparison.Ordinal);
        Assert.Contains("was added to or removed from the output folder", StageLine(run, BuildStage.CheckInputs), StringComparison.Ordinal);
    }

    [Fact]
    public void The_compare_to_file_appearing_or_changing_builds_again_and_a_skip_replays_the_comparison_line()
    {
        using var site = Northwind();
        using var outside = new TempSite();
        var previous = Path.Combine(outside.Root, "previous");
        var report = Path.Combine(previous, "report.json");

        var missing = Build(site, "--compare-to", report);
        Assert.Equal(0, missing.ExitCode);
        Assert.Contains("does not exist", missing.Error, StringComparison.Ordinal);
        Assert.Contains(Skipped, StageLine(Build(site, "--compare-to", report), BuildStage.CheckInputs), StringComparison.Ordinal);

        Assert.Equal(0, CliRun.Of("build", site.Root, "--out", previous, "--no-cache", "--as-of", "2026-08-01").ExitCode);
        var appeared = Build(site, "--compare-to", report);
        var replayed = Build(site, "--compare-to", report);
        Assert.Contains($"inputs: {report} changed", StageLine(appeared, BuildStage.CheckInputs), StringComparison.Ordinal);
        Assert.Contains("Since the report of 2026-08-01", appeared.Output, StringComparison.Ordinal);
        Assert.Contains(Skipped, StageLine(replayed, BuildStage.CheckInputs), StringComparison.Ordinal);
        Assert.Equal(Lines(appeared, "Since the report of"), Lines(replayed, "Since the report of"));

        Assert.Equal(0, CliRun.Of("build", site.Root, "--out", previous, "--no-cache", "--as-of", "2026-07-15").ExitCode);
        var changed = Build(site, "--compare-to", report);
        Assert.DoesNotContain(Skipped, changed.Output, StringComparison.Ordinal);
        Assert.Contains("Since the report of 2026-07-15", changed.Output, StringComparison.Ordinal);
    }

    private static string[] Lines(CliRun run, string start) => [.. run.Output.Split('\n').Where(l => l.StartsWith(start, StringComparison.Ordinal))];

    public static TheoryData<string> Changes => [.. Edits.Keys];

    /// <summary>Each change builds in full, and the output is what a cold build of the changed site writes.</summary>
    [Theory]
    [MemberData(nameof(Changes))]
    public void A_change_builds_and_the_output_equals_a_cold_build(string change)
    {
        using var site = Northwind();
        using var outside = new TempSite();
        var setup = Setups.GetValueOrDefault(change);
        setup?.Invoke(site, outside);
        Assert.Equal(0, Build(site).ExitCode);
        Assert.Contains(Skipped, StageLine(Build(site), BuildStage.CheckInputs), StringComparison.Ordinal);

        var options = Edits[change](site, outside);
        var rebuilt = Build(site, options);

        Assert.True(rebuilt.ExitCode == 0, rebuilt.Error + rebuilt.Output);
        Assert.DoesNotContain(Skipped, rebuilt.Output, StringComparison.Ordinal);
        Assert.Contains(rebuilt.Output.Split('\n'), l => l.StartsWith(BuildStage.Write, StringComparison.Ordinal));
        var cold = Path.Combine(outside.Root, "cold");
        var coldRun = CliRun.Of(["build", site.Root, "--out", cold, "--no-cache", .. options]);
        Assert.True(coldRun.ExitCode == 0, coldRun.Error);
        AssertSameTree(cold, site.Output);
        Assert.Contains(Skipped, StageLine(Build(site, options), BuildStage.CheckInputs), StringComparison.Ordinal);
    }

    private static readonly Dictionary<string, Action<TempSite, TempSite>> Setups = new(StringComparer.Ordinal)
    {
        ["theme file edited"] = (site, _) => site.File("themes/default/assets/extra.css", "body { color: black; }\n"),
        ["static file edited"] = (site, _) => site.File("static/robots.txt", "User-agent: *\n"),
        ["data file outside the site edited"] = OutsideData,
        ["data file added outside the site"] = OutsideData,
    };

    private static readonly Dictionary<string, Func<TempSite, TempSite, string[]>> Edits = new(StringComparer.Ordinal)
    {
        ["content file edited"] = (site, _) => Edit(site, "content/okrs/2026-Q3/emea.md", "title: Win EMEA", "title: Win all of EMEA"),
        ["content file edited, same size"] = (site, _) => Edit(site, "content/okrs/2026-Q3/emea.md", "title: Win EMEA", "title: Win EMEa"),
        ["content file added"] = (site, _) => Done(site.File("content/teams/ops.md", "---\nname: Operations\n---\n")),
        ["content file deleted"] = (site, _) => Done(() => File.Delete(Path.Combine(site.Root, "content/okrs/2026-Q4/next.md"))),
        ["content file renamed"] = (site, _) => Done(() => File.Move(Path.Combine(site.Root, "content/okrs/2026-Q4/next.md"), Path.Combine(site.Root, "content/okrs/2026-Q4/later.md"))),
        ["CSV edited"] = (site, _) => Edit(site, "content/data/sales.csv", "revenue,2026-07-31,110,", "revenue,2026-07-31,115,"),
        ["site.json edited"] = (site, _) => Edit(site, "site.json", "Northwind OKRs", "Northwind objectives"),
        ["theme file added"] = (site, _) => Done(site.File("themes/default/assets/extra.css", "body { color: black; }\n")),
        ["theme file edited"] = (site, _) => Edit(site, "themes/default/assets/extra.css", "black", "navy"),
        ["i18n file added"] = (site, _) => Done(site.File("themes/default/i18n/en.yaml", "health.healthy: \"Fine\"\n")),
        ["static file added"] = (site, _) => Done(site.File("static/CNAME", "okr.example.com\n")),
        ["static file edited"] = (site, _) => Edit(site, "static/robots.txt", "*", "okrbot"),
        ["data file outside the site edited"] = (_, outside) => Done(outside.File("exports/more.csv", "metric,date,value,note\nrevenue,2026-08-10,125,\n")),
        ["data file added outside the site"] = (_, outside) => Done(outside.File("exports/extra.csv", "metric,date,value,note\nchurn,2026-08-10,3.0,\n")),
        ["a different --period"] = (_, _) => ["--period", "2026-Q4"],
        ["a different --as-of"] = (_, _) => ["--as-of", "2026-08-01"],
        ["a different --base-url"] = (_, _) => ["--base-url", "/northwind/"],
        ["output file edited"] = (site, _) => Edit(site, "_site/report.json", "Northwind", "Southwind"),
        ["output file deleted"] = (site, _) => Done(() => File.Delete(Path.Combine(site.Root, "_site/report.json"))),
    };

    private static void OutsideData(TempSite site, TempSite outside)
    {
        outside.File("exports/more.csv", "metric,date,value,note\nrevenue,2026-08-10,120,\n");
        site.File("site.json", site.Read("site.json").Replace("\"title\"", $"\"dataFolders\": {{ \"exports\": \"{Path.Combine(outside.Root, "exports")}\" }},\n  \"data\": [\"content/data/*.csv\", \"exports:*.csv\"],\n  \"title\"", StringComparison.Ordinal));
    }

    private static TempSite Northwind() => TempSite.CopyOf("northwind");

    private static CliRun Build(TempSite site, params string[] options) => CliRun.Of(["build", site.Root, "--timings", .. options]);

    private static string[] Edit(TempSite site, string path, string from, string to)
    {
        var text = File.ReadAllText(Path.Combine(site.Root, path));
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(site.Root, path), text.Replace(from, to, StringComparison.Ordinal), new UTF8Encoding(false));
        return [];
    }

    private static string[] Done(TempSite _) => [];

    private static string[] Done(Action act)
    {
        act();
        return [];
    }

    private static string StageLine(CliRun run, string stage) =>
        run.Output.Split('\n').FirstOrDefault(l => l.StartsWith(stage + " ", StringComparison.Ordinal)) ?? $"(no '{stage}' line in: {run.Output})";

    /// <summary>The lines after the timings: what the user reads about the build.</summary>
    private static string[] Summary(CliRun run) => [.. run.Result.Split('\n').Where(l => l.StartsWith("Built ", StringComparison.Ordinal) || l.Contains(" errors", StringComparison.Ordinal) || l.Contains(" error,", StringComparison.Ordinal))];

    /// <summary>Every path of the output with its inode, size and modification time: equal only when nothing was written.</summary>
    private static List<string> Stamps(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(p => $"{Path.GetRelativePath(folder, p)} {(File.Exists(p) ? new FileInfo(p).Length : -1)} {File.GetLastWriteTimeUtc(p).Ticks}")];

    private static void AssertSameTree(string expected, string actual)
    {
        static List<string> Files(string root) => [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(root, p)).Order(StringComparer.Ordinal)];
        Assert.Equal(Files(expected), Files(actual));
        foreach (var file in Files(expected))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), $"{file} differs from a cold build's");
        }
    }
}
