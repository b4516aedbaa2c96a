using OkrSite.Tests.Support;

namespace OkrSite.Tests.EndToEnd;

/// <summary>
/// A file whose front matter is broken is one error to fix. The references to what it defines (aligns_to, team,
/// check-in rows) are not reported as well: they resolve once the file is fixed, and listing them buries the cause.
/// </summary>
public class CascadeErrorTests
{
    [Fact]
    public void A_broken_objective_file_is_the_only_error_not_every_alignment_and_check_in_that_names_it()
    {
        using var site = TempSite.CopyOf("northwind");
        site.File("content/okrs/2026/grow.md", "---\ntitle: [Grow profitably\nkey_results:\n  - title: x\n    done: true\n---\n");
        site.File("content/checkins/2026.csv", "objective,kr,date,value\ngrow,kr1,2026-05-01,100\n2026/grow,kr1,2026-06-01,110\n");

        var run = CliRun.Of("check", site.Root);

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.ErrorLines);
        Assert.StartsWith("content/okrs/2026/grow.md(2,", error, StringComparison.Ordinal);
        Assert.Contains("error OKR0102", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_team_file_is_the_only_error_not_every_team_field_that_names_it()
    {
        using var site = TempSite.CopyOf("northwind");
        site.File("content/teams/sales.md", "---\nname: \"Sales\n---\n");

        var run = CliRun.Of("check", site.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("content/teams/sales.md", Assert.Single(run.ErrorLines).Split('(')[0]);
    }

    [Fact]
    public void A_broken_kpi_file_is_the_only_finding_not_also_a_warning_that_its_data_is_shown_nowhere()
    {
        using var site = TempSite.CopyOf("northwind");
        site.File("content/kpis/nps.md", "---\nname: Net promoter score\nunit: [points\n---\n");
        site.File("content/data/nps.csv", "metric,date,value\nnps,2026-06-30,41\n");

        var run = CliRun.Of("check", site.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error OKR0102", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain("OKR0230", run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_no_unread_file_could_hold_is_still_reported()
    {
        using var site = TempSite.CopyOf("northwind");
        site.File("content/okrs/2026/grow.md", "---\ntitle: [Grow profitably\n---\n");
        site.File("content/checkins/2026.csv", "objective,kr,date,value\ngorw,kr1,2026-05-01,100\n");

        var run = CliRun.Of("check", site.Root);

        Assert.Equal(2, run.ErrorLines.Length);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("content/checkins/2026.csv(2,1): error OKR0350: check-in names objective 'gorw'", StringComparison.Ordinal));
    }
}
