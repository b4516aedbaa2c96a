using OkrSite.Tests.Support;

namespace OkrSite.Tests.EndToEnd;

public class CliTests
{
    [Fact]
    public void Same_input_builds_byte_identical_output()
    {
        using var site = TempSite.CopyOf("northwind");

        Assert.Equal(0, CliRun.Of("build", site.Root).ExitCode);
        var first = File.ReadAllBytes(Path.Combine(site.Output, "report.json"));
        Assert.Equal(0, CliRun.Of("build", site.Root, "--out", Path.Combine(site.Root, "again")).ExitCode);
        var second = File.ReadAllBytes(Path.Combine(site.Root, "again", "report.json"));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Out_as_of_and_period_options_override_site_json()
    {
        using var site = TempSite.CopyOf("northwind");
        var output = Path.Combine(site.Root, "public");

        var run = CliRun.Of("build", site.Root, "--out", output, "--as-of", "2026-09-30", "--period", "2026-Q4");

        Assert.Equal(0, run.ExitCode);
        var json = File.ReadAllText(Path.Combine(output, "report.json"));
        Assert.Contains("\"asOf\":\"2026-09-30\"", json, StringComparison.Ordinal);
        Assert.Contains("\"period\":\"2026-Q4\"", json, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Check_reports_but_writes_nothing()
    {
        using var site = TempSite.CopyOf("northwind");

        var run = CliRun.Of("check", site.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Checked", run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Content_errors_exit_1_list_every_problem_and_keep_the_previous_output()
    {
        using var site = TempSite.CopyOf("northwind");
        Assert.Equal(0, CliRun.Of("build", site.Root).ExitCode);
        var before = File.ReadAllBytes(Path.Combine(site.Output, "report.json"));

        site.File("content/okrs/2026-Q3/emea.md", "---\ntitle: Win EMEA\nteam: sales-emea\naligns_to: no-such-objective\nkey_results:\n  - title: x\n    weight: heavy\n    done: true\n---\n");
        site.File("content/data/bad.csv", "metric,date,value\nrevenue,2026-08-01,12abc\nrevenue,2026-02-30,5\n");
        var run = CliRun.Of("build", site.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/okrs/2026-Q3/emea.md(7,13): error OKR0104: weight must be a number, but is 'heavy'", run.ErrorLines);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("content/data/bad.csv(2", StringComparison.Ordinal) && l.Contains("error OKR0203", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.StartsWith("content/data/bad.csv(3", StringComparison.Ordinal) && l.Contains("error OKR0204", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Contains("content/okrs/2026-Q3/emea.md(4,12): error OKR0301: aligns_to names 'no-such-objective', which is not an objective", run.ErrorLines);
        Assert.EndsWith("4 errors, 0 warnings\n", run.Output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(site.Output, "report.json")));
    }

    [Fact]
    public void Dangling_alignment_is_reported_in_the_canonical_form()
    {
        using var site = TempSite.CopyOf("northwind");
        site.File("content/okrs/2026-Q3/ops.md", "---\ntitle: Ops\naligns_to: no-such-objective\nkey_results:\n  - title: x\n    done: true\n---\n");

        var run = CliRun.Of("check", site.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["content/okrs/2026-Q3/ops.md(3,12): error OKR0301: aligns_to names 'no-such-objective', which is not an objective"], run.ErrorLines);
    }

    [Fact]
    public void Warnings_alone_still_build()
    {
        using var site = TempSite.CopyOf("northwind");
        site.File("site.json", "{ \"title\": \"Northwind\", \"asOf\": \"2026-08-15\", \"colour\": \"blue\", \"coach\": { \"off\": [\"all\"] } }");

        var run = CliRun.Of("build", site.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["site.json(1,47): warning OKR0003: unknown key 'colour' in site.json is ignored"], run.ErrorLines);
        Assert.Contains("\"code\":\"OKR0003\"", site.Read("_site/report.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_site_json_is_a_content_error()
    {
        using var site = new TempSite();

        var run = CliRun.Of("build", site.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("okrsite: error OKR0001: no site.json in", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build", "--as-of", "15.08.2026")]
    [InlineData("build", "--period", "2026-Q5")]
    [InlineData("build", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData("build", "/no/such/folder")]
    public void Bad_usage_exits_2_with_a_message(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("okrsite: error:", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0000-01-01", "--as-of '0000-01-01' is not a date; write it as yyyy-MM-dd, for example 2026-09-30")]
    [InlineData("10000-01-01", "--as-of '10000-01-01' is not a date; write it as yyyy-MM-dd, for example 2026-09-30")]
    [InlineData("2026-02-30", "--as-of '2026-02-30' is not a date; write it as yyyy-MM-dd, for example 2026-09-30")]
    [InlineData("0001-01-01", "--as-of '0001-01-01' is outside the supported dates 0100-01-01 to 9998-12-31")]
    [InlineData("0099-12-31", "--as-of '0099-12-31' is outside the supported dates 0100-01-01 to 9998-12-31")]
    [InlineData("9999-12-31", "--as-of '9999-12-31' is outside the supported dates 0100-01-01 to 9998-12-31")]
    public void A_bad_as_of_is_usage_exit_2_with_a_message_for_build_and_check(string asOf, string message)
    {
        using var site = TempSite.CopyOf("northwind");

        foreach (var command in new[] { "build", "check" })
        {
            var run = CliRun.Of(command, site.Root, "--as-of", asOf);

            Assert.Equal(2, run.ExitCode);
            Assert.Equal($"okrsite: error: {message}\nRun 'okrsite {command} --help' for usage.\n", run.Error);
        }

        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData("0100-01-01")]
    [InlineData("9998-12-31")]
    public void The_first_and_last_supported_dates_are_accepted_as_of(string asOf)
    {
        using var site = TempSite.CopyOf("northwind");

        var run = CliRun.Of("check", site.Root, "--as-of", asOf);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"as of {asOf}", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_and_version_work()
    {
        var help = CliRun.Of("--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("build", help.Output, StringComparison.Ordinal);
        Assert.Contains("check", help.Output, StringComparison.Ordinal);

        var buildHelp = CliRun.Of("build", "--help");
        Assert.Contains("--as-of", buildHelp.Output, StringComparison.Ordinal);
        Assert.Contains("--out", buildHelp.Output, StringComparison.Ordinal);

        var version = CliRun.Of("--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Output);
    }

    [Fact]
    public void Refuses_to_replace_a_folder_it_did_not_write()
    {
        using var site = TempSite.CopyOf("northwind");
        site.File("precious/thesis.docx", "not ours");

        var run = CliRun.Of("build", site.Root, "--out", Path.Combine(site.Root, "precious"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error OKR0901", run.Error, StringComparison.Ordinal);
        Assert.Equal("not ours", site.Read("precious/thesis.docx"));
    }

    [Fact]
    public void Refuses_to_write_over_the_site_itself()
    {
        using var site = TempSite.CopyOf("northwind");

        var run = CliRun.Of("build", site.Root, "--out", site.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("it contains the site itself", run.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Root, "site.json")));
    }
}
