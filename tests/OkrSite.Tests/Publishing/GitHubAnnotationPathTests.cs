using OkrSite.Cli;
using OkrSite.Core.Diagnostics;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Publishing;

/// <summary>Annotations name files from the repository root (GITHUB_WORKSPACE), wherever the site folder is.</summary>
public class GitHubAnnotationPathTests
{
    [Theory]
    [InlineData("content/a.md", ".", "/ws", "/ws", "content/a.md")]
    [InlineData("content/a.md", "okr", "/ws", "/ws", "okr/content/a.md")]
    [InlineData("content/a.md", "sites/okr", "/ws", "/ws", "sites/okr/content/a.md")]
    [InlineData("site.json", "/ws/reports/okr", "/ws", "/elsewhere", "reports/okr/site.json")]
    [InlineData("content/a.md", "../okr", "/ws", "/ws/sub", "okr/content/a.md")] // a step with working-directory: sub
    [InlineData("content/a.md", ".", null, "/ws/okr", "content/a.md")] // no workspace: from the current folder
    [InlineData("content/a.md", "/srv/okr", "/ws", "/ws", "/srv/okr/content/a.md")] // outside the workspace: in full
    [InlineData("exports:q3.csv", "okr", "/ws", "/ws", "exports:q3.csv")] // a named data folder keeps its name
    public void The_path_is_from_the_workspace(string file, string site, string? workspace, string cwd, string expected) =>
        Assert.Equal(expected, GitHubAnnotations.WorkspacePath(file, site, workspace, cwd));

    [Fact]
    public void A_build_of_a_subfolder_annotates_its_files_from_the_workspace_and_prints_canonical_lines_from_the_site()
    {
        using var workspace = new TempSite();
        Northwind.CopyTo(Path.Combine(workspace.Root, "reports", "okr"));
        var team = Path.Combine(workspace.Root, "reports", "okr", "content", "teams", "sales.md");
        File.WriteAllText(team, "---\ncolour: blue\n" + File.ReadAllText(team)["---\n".Length..]);

        var run = OkrSiteProcess.Run(
            ["check", "okr"],
            new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_WORKSPACE"] = workspace.Root },
            workingDirectory: Path.Combine(workspace.Root, "reports"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("::warning file=reports/okr/content/teams/sales.md,line=2,col=1,title=OKR0103::", run.Output, StringComparison.Ordinal);
        Assert.Contains("content/teams/sales.md(2,1): warning OKR0103:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_site_folder_the_file_is_as_the_diagnostic_gives_it() =>
        Assert.Equal("::error file=content/a.md,line=3,title=OKR0301::x", GitHubAnnotations.Format(new Diagnostic(Severity.Error, "OKR0301", "x", "content/a.md", 3)));
}
