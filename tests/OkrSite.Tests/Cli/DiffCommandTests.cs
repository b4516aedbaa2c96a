using OkrSite.Tests.Support;

namespace OkrSite.Tests.Cli;

public sealed class DiffCommandTests : IDisposable
{
    private readonly TempSite _site = TempSite.CopyOf("northwind");

    public void Dispose() => _site.Dispose();

    private string Report(string asOf)
    {
        var output = Path.Combine(_site.Root, "out-" + asOf);
        Assert.Equal(0, CliRun.Of("build", _site.Root, "--as-of", asOf, "--out", output).ExitCode);
        return Path.Combine(output, "report.json");
    }

    [Fact]
    public void Prints_the_comparison_as_markdown_and_exits_0()
    {
        var run = CliRun.Of("diff", Report("2026-08-31"), Report("2026-10-15"));

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("## What changed since 2026-08-31\n", run.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void A_version_3_file_with_its_nulls_diffs_like_the_version_4_file_that_leaves_them_out()
    {
        var before = Report("2026-08-31");
        var after = Report("2026-10-15");
        var asVersion3 = Path.Combine(_site.Root, "before-v3.json");
        File.WriteAllText(asVersion3, WithNulls(File.ReadAllText(before)));

        var run = CliRun.Of("diff", asVersion3, after);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"verdict\":null", File.ReadAllText(asVersion3), StringComparison.Ordinal);
        Assert.Equal(CliRun.Of("diff", before, after).Output, run.Output);
    }

    /// <summary>A version 4 file as version 3 wrote it: every key the comparison reads present, null where 4 leaves it out.</summary>
    private static string WithNulls(string json)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        root["version"] = 3;
        static void Fill(System.Text.Json.Nodes.JsonObject o, params string[] keys)
        {
            foreach (var key in keys.Where(k => !o.ContainsKey(k)))
            {
                o[key] = null;
            }
        }

        foreach (var objective in root["objectives"]!.AsArray().Select(n => n!.AsObject()))
        {
            Fill(objective, "team", "score", "confidence", "verdict");
            foreach (var kr in objective["keyResults"]!.AsArray().Select(n => n!.AsObject()))
            {
                Fill(kr, "unit", "score", "current", "confidence", "verdict");
            }
        }

        foreach (var kpi in root["kpis"]!.AsArray().Select(n => n!.AsObject()))
        {
            Fill(kpi, "unit", "latest");
        }

        return root.ToJsonString();
    }

    [Fact]
    public void The_same_file_twice_has_no_changes()
    {
        var report = Report("2026-10-15");

        var run = CliRun.Of("diff", report, report);

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("No changes.\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_writes_the_file_and_prints_the_summary_line()
    {
        var file = Path.Combine(_site.Root, "changes.md");

        var run = CliRun.Of("diff", Report("2026-08-31"), Report("2026-10-15"), "--output", file);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("## What changed since 2026-08-31", File.ReadAllText(file), StringComparison.Ordinal);
        Assert.StartsWith($"Wrote {file}: ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_appends_to_the_github_step_summary_file()
    {
        var (old, current) = (Report("2026-08-31"), Report("2026-10-15"));
        var summary = Path.Combine(_site.Root, "step-summary.md");
        File.WriteAllText(summary, "# Earlier step\n");

        // The real process: the variable is the job's environment, not this test process's.
        var result = OkrSiteProcess.Run(["diff", old, current, "--summary"], new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary });

        Assert.Equal(0, result.ExitCode);
        var text = File.ReadAllText(summary);
        Assert.StartsWith("# Earlier step\n\n## What changed since 2026-08-31", text, StringComparison.Ordinal);
        Assert.EndsWith(result.Output, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_exits_1_naming_it()
    {
        var missing = Path.Combine(_site.Root, "nothing.json");

        var run = CliRun.Of("diff", missing, Report("2026-10-15"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{missing}: error OKR0635", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void A_bad_file_exits_1_with_its_line()
    {
        var bad = Path.Combine(_site.Root, "bad.json");
        File.WriteAllText(bad, "{\n  \"version\": 2,\n  \"title\": oops\n}");

        var run = CliRun.Of("diff", Report("2026-10-15"), bad);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{bad}(3,", run.Error, StringComparison.Ordinal);
        Assert.Contains("error OKR0631", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void One_file_is_a_usage_error()
    {
        var run = CliRun.Of("diff", "old.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("okrsite diff --help", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_in_the_wrong_order_warn_that_it_reads_backwards()
    {
        var run = CliRun.Of("diff", Report("2026-10-15"), Report("2026-08-31"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning OKR0634", run.Error, StringComparison.Ordinal);
    }
}
