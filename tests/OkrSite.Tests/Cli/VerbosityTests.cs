using OkrSite.Tests.Support;

namespace OkrSite.Tests.Cli;

/// <summary>What build and check print at each verbosity (README "Command line" says the same).</summary>
public class VerbosityTests
{
    [Fact]
    public void Redirected_output_has_a_plain_line_per_stage_then_the_result()
    {
        using var site = TempSite.CopyOf("northwind");

        var run = CliRun.Of("build", site.Root, "--out", Path.Combine(site.Root, "public"));

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            ["[1/10] check inputs", "[2/10] config + theme", "[3/10] read content", "[4/10] read data", "[5/10] validate", "[6/10] compute", "[7/10] coach", "[8/10] render charts", "[9/10] render pages", "[10/10] write"],
            lines[..10]);
        Assert.StartsWith("Built ", lines[10], StringComparison.Ordinal);
        Assert.Equal("0 errors, 0 warnings", lines[11]);
        Assert.Equal(12, lines.Length);
        Assert.DoesNotContain('\u001b', run.Output);
        Assert.DoesNotContain('\r', run.Output);
    }

    [Fact]
    public void Check_counts_eight_stages_and_stops_where_the_errors_stop_it()
    {
        using var site = TempSite.CopyOf("northwind");
        Assert.StartsWith("[1/8] config + theme\n", CliRun.Of("check", site.Root).Output, StringComparison.Ordinal);

        site.File("content/okrs/2026-Q3/ops.md", "---\ntitle: Ops\naligns_to: no-such-objective\nkey_results:\n  - title: x\n    done: true\n---\n");
        var run = CliRun.Of("check", site.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("[1/8] config + theme\n[2/8] read content\n[3/8] read data\n[4/8] validate\n[5/8] compute\n1 error, 0 warnings\n", run.Output);
    }

    [Fact]
    public void Same_input_prints_the_same_plain_lines()
    {
        using var site = TempSite.CopyOf("northwind");

        var first = CliRun.Of("check", site.Root);
        var second = CliRun.Of("check", site.Root);

        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public void Quiet_prints_only_the_diagnostics()
    {
        using var site = TempSite.CopyOf("northwind");
        site.File("site.json", "{ \"title\": \"Northwind\", \"asOf\": \"2026-08-15\", \"colour\": \"blue\", \"coach\": { \"off\": [\"all\"] } }");

        var built = CliRun.Of("build", site.Root, "--quiet");
        var checkedRun = CliRun.Of("check", site.Root, "-q");

        foreach (var run in new[] { built, checkedRun })
        {
            Assert.Equal(0, run.ExitCode);
            Assert.Equal(string.Empty, run.Output);
            Assert.Equal(["site.json(1,47): warning OKR0003: unknown key 'colour' in site.json is ignored"], run.ErrorLines);
        }

        Assert.True(File.Exists(Path.Combine(site.Output, "report.json")));
    }

    [Fact]
    public void Quiet_with_errors_prints_the_errors_and_exits_1()
    {
        using var site = TempSite.CopyOf("northwind");
        site.File("content/okrs/2026-Q3/ops.md", "---\ntitle: Ops\naligns_to: no-such-objective\nkey_results:\n  - title: x\n    done: true\n---\n");

        var run = CliRun.Of("build", site.Root, "--quiet");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal(["content/okrs/2026-Q3/ops.md(3,12): error OKR0301: aligns_to names 'no-such-objective', which is not an objective"], run.ErrorLines);
    }

    [Fact]
    public void Verbose_names_the_folders_and_gives_each_stage_its_count_and_time()
    {
        using var site = TempSite.CopyOf("northwind");
        var output = Path.Combine(site.Root, "public");

        var run = CliRun.Of("build", site.Root, "--out", output, "--verbose");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"site: {site.Root}", lines[0]);
        Assert.Equal($"output: {output}", lines[1]);
        Assert.Equal($"chart cache: {Path.Combine(site.Root, ".okrsite-cache")}", lines[2]);
        Assert.Equal("[3/10] read content", lines[7]);
        Assert.Matches(@"^      \d+ files in \d+\.\d ms, \d+\.\d MB allocated$", lines[8]);
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^      \d+ values in \d+\.\d ms"));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^      \d+ charts in "));
        Assert.Contains("base URL: /", lines);
        Assert.Equal("0 errors, 0 warnings", lines[^1]);
    }

    [Fact]
    public void Verbose_says_when_there_is_no_cache()
    {
        using var site = TempSite.CopyOf("northwind");

        var run = CliRun.Of("check", site.Root, "--verbose");

        Assert.Equal(["site: " + site.Root, "chart cache: none"], run.Output.Split('\n')[..2]);
    }
}
