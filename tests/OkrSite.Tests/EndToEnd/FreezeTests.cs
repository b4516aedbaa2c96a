using System.Text;
using Microsoft.Extensions.Time.Testing;
using OkrSite.Cli;
using OkrSite.Core.Pipeline;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.EndToEnd;

/// <summary>okrsite freeze, and builds of a site with a frozen quarter: the command line in-process, with a fake clock.</summary>
public class FreezeTests
{
    private const string Archive = "content/archive/2026-Q3.json";

    /// <summary>2026-10-02 09:30 UTC: the day the fake clock says it is.</summary>
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 10, 2, 9, 30, 0, TimeSpan.Zero));

    private static CliRun Freeze(TempSite site, params string[] more)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = OkrSiteCli.Run(["freeze", "2026-Q3", site.Root, .. more], output, error, clock: Clock);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    private static BuildResult Build(TempSite site) => TestBuild.Run(new BuildOptions(site.Root, Write: false, UseCache: false));

    private static string Page(BuildResult result, string path) => Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Content);

    [Fact]
    public void Freeze_writes_the_archive_with_the_day_of_the_clock_and_says_what_it_froze()
    {
        using var site = FrozenQuarter.Site();

        var run = Freeze(site);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^Froze 2026-Q3 into content/archive/2026-Q3\.json: 1 objective, 2 key results as of 2026-10-15, frozen on 2026-10-02; input hash sha256:[0-9a-f]{64}\n", run.Output);
        var text = site.Read(Archive);
        Assert.Contains("\"frozenOn\": \"2026-10-02\"", text, StringComparison.Ordinal);
        Assert.Contains("\"asOf\": \"2026-10-15\"", text, StringComparison.Ordinal);
        Assert.Contains("\"score\": 0.833333333333", text, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(site.Root, "content/archive"), "*.tmp"));
    }

    [Fact]
    public void A_second_freeze_is_refused_without_force_and_with_force_writes_the_same_bytes()
    {
        using var site = FrozenQuarter.Site();
        Assert.Equal(0, Freeze(site).ExitCode);
        var first = File.ReadAllBytes(Path.Combine(site.Root, Archive));

        var refused = Freeze(site);
        var forced = Freeze(site, "--force");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("error OKR0620: 2026-Q3 is frozen already", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(site.Root, Archive)));
    }

    [Fact]
    public void An_open_period_a_period_without_objectives_and_a_bad_period_are_refused()
    {
        using var site = FrozenQuarter.Site();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var open = OkrSiteCli.Run(["freeze", "2026-Q4", site.Root, "--force"], output, error, clock: Clock);
        var empty = OkrSiteCli.Run(["freeze", "2025-Q1", site.Root], output, error, clock: Clock);
        var bad = OkrSiteCli.Run(["freeze", "2026-Q5", site.Root], output, error, clock: Clock);

        Assert.Equal((1, 1, 2), (open, empty, bad));
        Assert.Contains("OKR0621: 2026-Q4 ends on 2026-12-31, after the report date 2026-10-15", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("OKR0622: 2025-Q1 has no objectives", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("'2026-Q5' is not a period", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content/archive")));
    }

    [Fact]
    public void A_build_after_the_export_dropped_the_quarter_shows_it_as_frozen_and_says_the_data_changed()
    {
        using var site = FrozenQuarter.Site();
        Assert.Equal(0, Freeze(site).ExitCode);
        site.File("content/data/retention.csv", "metric,date,value\nretention,2026-10-14,74.8\n");

        var result = Build(site);

        Assert.True(result.Succeeded);
        var q3 = result.Report!.Objectives.Single(o => o.Key == "2026-Q3/retention");
        Assert.Equal((0.833333333333, 0.75, 74.5, 4), (q3.Score, q3.KeyResults[0].Score, q3.KeyResults[0].Current, q3.KeyResults[0].Window!.Count));
        Assert.Equal(new DateOnly(2026, 10, 2), q3.FrozenOn);
        // The baseline (73 from June), the current value and the score would all be gone: data, not an edit. (OKR0341,
        // a key result without a value in the live data, is DataCoverage's, which does not know about archives.)
        Assert.Equal(["OKR0341", "OKR0613", "OKR0613", "OKR0613"], result.Diagnostics.Select(d => d.Code));
        Assert.Contains("Frozen on 2 Oct 2026", Page(result, "periods/2026-Q3/index.html"), StringComparison.Ordinal);
        Assert.Contains("Frozen on 2 Oct 2026", Page(result, "objectives/2026-Q3/retention/index.html"), StringComparison.Ordinal);
        var summary = result.Report.Summaries.Single(s => s.Period == FrozenQuarter.Q3);
        Assert.Equal(0.833333333333, summary.Score); // the dashboard adds up the frozen figures
        Assert.Contains("\"frozen\":[{\"period\":\"2026-Q3\",\"frozenOn\":\"2026-10-02\"", Page(result, "report.json").Replace(" ", string.Empty).Replace("\n", string.Empty), StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_edited_after_the_freeze_is_a_warning_at_its_line_and_the_frozen_target_is_shown()
    {
        using var site = FrozenQuarter.Site();
        Assert.Equal(0, Freeze(site).ExitCode);
        site.File(FrozenQuarter.ObjectiveFile, site.Read(FrozenQuarter.ObjectiveFile).Replace("target: 75", "target: 76", StringComparison.Ordinal));

        var result = Build(site);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(
            "content/okrs/2026-Q3/retention.md(8): warning OKR0610: 2026-Q3/retention kr1: target was 75 when frozen on 2026-10-02, is now 76 (target drift); the frozen target is shown. Revert the edit, or adopt it with 'okrsite freeze 2026-Q3 --force'",
            d.ToString());
        Assert.Equal(75, result.Report!.Objectives.Single(o => o.Key == "2026-Q3/retention").KeyResults[0].Target);
    }

    [Fact]
    public void An_edit_that_changes_no_figure_is_no_warning_only_the_hash_of_the_inputs_says_so()
    {
        using var site = FrozenQuarter.Site();
        Assert.Equal(0, Freeze(site).ExitCode);
        var text = site.Read(FrozenQuarter.ObjectiveFile);

        site.File(FrozenQuarter.ObjectiveFile, text.Replace("# the outcome", "# what we are here for", StringComparison.Ordinal));
        var comment = Build(site);
        site.File(FrozenQuarter.ObjectiveFile, text.Replace("title: Keep customers\n", "title: Keep customers\nowner: Maya\n", StringComparison.Ordinal));
        var owner = Build(site);

        Assert.Empty(comment.Diagnostics);
        Assert.Equal(comment.Report!.Frozen[0].InputHash, comment.Report.Frozen[0].InputHashNow);
        Assert.Empty(owner.Diagnostics);
        Assert.NotEqual(owner.Report!.Frozen[0].InputHash, owner.Report.Frozen[0].InputHashNow);
    }

    [Fact]
    public void A_refreeze_adopts_the_edit_and_the_warning_goes()
    {
        using var site = FrozenQuarter.Site();
        Assert.Equal(0, Freeze(site).ExitCode);
        site.File(FrozenQuarter.ObjectiveFile, site.Read(FrozenQuarter.ObjectiveFile).Replace("target: 75", "target: 76", StringComparison.Ordinal));
        Assert.Single(Build(site).Diagnostics);

        Assert.Equal(0, Freeze(site, "--force").ExitCode);
        var result = Build(site);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(76, result.Report!.Objectives.Single(o => o.Key == "2026-Q3/retention").KeyResults[0].Target);
    }

    [Fact]
    public void A_bad_archive_is_an_error_with_its_line_and_the_build_writes_nothing()
    {
        using var site = FrozenQuarter.Site().File(Archive, "{\n  \"format\": 1,\n}\n");

        var result = SiteBuilder.Build(new BuildOptions(site.Root, UseCache: false));

        Assert.False(result.Published);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("OKR0601", Archive), (d.Code, d.File));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Freeze_never_writes_through_a_folder_link_even_one_inside_the_site()
    {
        using var site = FrozenQuarter.Site();
        Directory.CreateDirectory(Path.Combine(site.Root, "elsewhere"));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "content/archive"), Path.Combine(site.Root, "elsewhere"));

        var run = Freeze(site);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("OKR0623: content/archive is a link", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(site.Root, "elsewhere")));
    }

    [Fact]
    public void Freeze_does_not_replace_an_archive_that_is_a_link_and_says_so()
    {
        using var site = FrozenQuarter.Site();
        Assert.Equal(0, Freeze(site).ExitCode);
        Directory.CreateDirectory(Path.Combine(site.Root, "keep"));
        File.Move(Path.Combine(site.Root, Archive), Path.Combine(site.Root, "keep/real.json"));
        File.CreateSymbolicLink(Path.Combine(site.Root, Archive), "../../keep/real.json");
        var before = site.Read("keep/real.json");

        var run = Freeze(site, "--force");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("OKR0623: content/archive/2026-Q3.json is a link", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, site.Read("keep/real.json"));
    }

    [Fact]
    public void An_archive_linked_from_outside_the_site_is_not_read_and_freeze_writes_nothing()
    {
        using var site = FrozenQuarter.Site();
        using var elsewhere = new TempSite();
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "content/archive"), elsewhere.Root);

        var run = Freeze(site);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("OKR0113", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere.Root));
    }
}
