using OkrSite.Cli.Starter;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Cli;

/// <summary>okrsite new and the folder it is given: missing, empty, '.', not empty, a file, a link; never losing a file.</summary>
public class NewCommandTests
{
    private const string Today = "2026-11-20";

    [Fact]
    public void A_missing_folder_is_created_with_its_parents_and_every_starter_file()
    {
        using var temp = new TempSite();
        var dir = Path.Combine(temp.Root, "a", "b", "report");

        var run = CliRun.Of("new", dir, "--as-of", Today);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("", run.Error);
        var expected = StarterSite.Create(DateOnly.Parse(Today), StarterSite.ToolVersion);
        Assert.Equal(expected.Select(f => f.Path), Listing(dir));
        Assert.All(expected, f => Assert.Equal(f.Content, File.ReadAllBytes(Path.Combine(dir, f.Path))));
        Assert.Contains($"Created a new site for 2026-Q4 in '{dir}':", run.Output, StringComparison.Ordinal);
        Assert.Contains("  content/okrs/2026-Q4/keep-every-customer.md\n", run.Output, StringComparison.Ordinal);
        Assert.Contains($"  cd {dir}\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("  okrsite serve ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_folder_is_filled()
    {
        using var temp = new TempSite();

        var run = CliRun.Of("new", temp.Root, "--as-of", Today);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(Path.Combine(temp.Root, "site.json")));
        Assert.True(File.Exists(Path.Combine(temp.Root, ".github/workflows/okrsite.yml")));
    }

    [Fact]
    public void The_current_folder_is_written_as_dot_and_the_next_steps_skip_cd()
    {
        using var temp = new TempSite();

        var run = OkrSiteProcess.Run(["new", ".", "--as-of", Today], workingDirectory: temp.Root);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(Path.Combine(temp.Root, "site.json")));
        Assert.DoesNotContain("cd ", run.Output, StringComparison.Ordinal);
        Assert.Contains("Created a new site for 2026-Q4 in '.':", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_is_not_empty_is_refused_with_what_is_there_and_force()
    {
        using var temp = new TempSite();
        temp.File("README.md", "mine").File("notes/plan.txt", "mine");
        Directory.CreateDirectory(Path.Combine(temp.Root, ".git"));

        var run = CliRun.Of("new", temp.Root, "--as-of", Today);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            [$"okrsite: error: '{temp.Root}' is not empty: it holds .git/, README.md, notes/. Give a new or empty folder, or add --force to write the site beside what is there (files that exist are kept, never overwritten)"],
            run.ErrorLines);
        Assert.Equal(["", ".git", "README.md", "notes", "notes/plan.txt"], Entries(temp.Root));
    }

    [Fact]
    public void A_long_list_of_entries_is_cut_to_five()
    {
        using var temp = new TempSite();
        foreach (var name in new[] { "a", "b", "c", "d", "e", "f", "g" })
        {
            temp.File(name, "x");
        }

        var run = CliRun.Of("new", temp.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("it holds a, b, c, d, e and 2 more.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Force_writes_beside_other_files_and_keeps_every_file_that_exists()
    {
        using var temp = new TempSite();
        temp.File("README.md", "mine").File(".gitignore", "bin/\n").File("content/teams/company.md", "---\nname: Mine\n---\n");

        var run = CliRun.Of("new", temp.Root, "--force", "--as-of", Today);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("mine", temp.Read("README.md"));
        Assert.Equal("bin/\n", temp.Read(".gitignore"));
        Assert.Equal("---\nname: Mine\n---\n", temp.Read("content/teams/company.md"));
        Assert.True(File.Exists(Path.Combine(temp.Root, "site.json")));
        Assert.Contains("  kept .gitignore: it exists (okrsite new never overwrites a file; compare it with the starter's)\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("  kept content/teams/company.md: it exists", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("  .gitignore\n", run.Output, StringComparison.Ordinal);

        // The user's own company team still builds with the starter's other files.
        Assert.Equal(0, CliRun.Of("build", temp.Root).ExitCode);
    }

    [Fact]
    public void Force_writes_nothing_through_a_link_inside_the_folder()
    {
        using var temp = new TempSite();
        using var elsewhere = new TempSite();
        File.CreateSymbolicLink(Path.Combine(temp.Root, "content"), elsewhere.Root);
        File.CreateSymbolicLink(Path.Combine(temp.Root, "site.json"), Path.Combine(elsewhere.Root, "missing.json"));

        var run = CliRun.Of("new", temp.Root, "--force", "--as-of", Today);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere.Root));
        Assert.False(File.Exists(Path.Combine(elsewhere.Root, "missing.json")));
        Assert.Contains("  kept content/index.md: content is a link, and okrsite new writes nothing through a link", run.Output, StringComparison.Ordinal);
        Assert.Contains("  kept site.json: it exists", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_force_a_link_inside_the_folder_makes_it_not_empty()
    {
        using var temp = new TempSite();
        File.CreateSymbolicLink(Path.Combine(temp.Root, "content"), "/tmp");

        var run = CliRun.Of("new", temp.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("it holds content (a link).", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_in_place_of_the_folder_is_a_usage_error()
    {
        using var temp = new TempSite();
        temp.File("report", "a file");

        var run = CliRun.Of("new", Path.Combine(temp.Root, "report"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"okrsite: error: '{Path.Combine(temp.Root, "report")}' is a file; give the name of a folder to create the site in"], run.ErrorLines);
        Assert.Equal("a file", temp.Read("report"));
    }

    [Fact]
    public void A_link_to_an_empty_folder_is_written_through_as_the_folder_the_user_named()
    {
        using var temp = new TempSite();
        Directory.CreateDirectory(Path.Combine(temp.Root, "real"));
        File.CreateSymbolicLink(Path.Combine(temp.Root, "report"), Path.Combine(temp.Root, "real"));

        var run = CliRun.Of("new", Path.Combine(temp.Root, "report"), "--as-of", Today);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(Path.Combine(temp.Root, "real", "site.json")));
        Assert.True(SiteFolder.IsLink(Path.Combine(temp.Root, "report")));
    }

    [Fact]
    public void A_dangling_link_in_place_of_the_folder_is_a_usage_error()
    {
        using var temp = new TempSite();
        var link = Path.Combine(temp.Root, "report");
        File.CreateSymbolicLink(link, Path.Combine(temp.Root, "gone"));

        var run = CliRun.Of("new", link);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"okrsite: error: '{link}' is a link to '{Path.Combine(temp.Root, "gone")}', which does not exist; create that folder or give another name"], run.ErrorLines);
        Assert.False(Directory.Exists(Path.Combine(temp.Root, "gone")));
    }

    [Fact]
    public void An_interrupted_run_is_completed_by_running_it_again_without_force()
    {
        using var temp = new TempSite();
        Assert.Equal(0, CliRun.Of("new", temp.Root, "--as-of", Today).ExitCode);
        var complete = Snapshot(temp.Root);

        // What a kill leaves: some files missing, one half-written under its temporary name, one made a planted link.
        File.Delete(Path.Combine(temp.Root, "site.json"));
        File.Delete(Path.Combine(temp.Root, "content/kpis/active-customers.md"));
        Directory.Delete(Path.Combine(temp.Root, "content/okrs"), recursive: true);
        temp.File(".site.json.okrsite-new", "{ \"tit");
        using var elsewhere = new TempSite();
        var target = Path.Combine(elsewhere.Root, "precious.txt");
        File.WriteAllText(target, "precious");
        File.CreateSymbolicLink(Path.Combine(temp.Root, "content/kpis/.active-customers.md.okrsite-new"), target);

        var run = CliRun.Of("new", temp.Root, "--as-of", Today);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(complete, Snapshot(temp.Root));
        Assert.Equal("precious", File.ReadAllText(target));
        Assert.Contains("  site.json\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("  kept content/index.md: it exists", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Running_it_twice_writes_nothing_the_second_time()
    {
        using var temp = new TempSite();
        Assert.Equal(0, CliRun.Of("new", temp.Root, "--as-of", Today).ExitCode);
        var first = Snapshot(temp.Root);

        var run = CliRun.Of("new", temp.Root, "--as-of", Today);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith($"Nothing to write: a new site for 2026-Q4 is in '{temp.Root}' already.\n", run.Output, StringComparison.Ordinal);
        Assert.Equal(first, Snapshot(temp.Root));
    }

    [Theory]
    [InlineData(new string[] { "new" }, "'new'")]
    [InlineData(new string[] { "new", "" }, "DIR needs a folder name; an empty one would mean the current folder")]
    [InlineData(new string[] { "new", "x", "--as-of", "01.12.2026" }, "--as-of '01.12.2026' is not a date; write it as yyyy-MM-dd, for example 2026-09-30")]
    [InlineData(new string[] { "new", "x", "--forse" }, "'--forse'")]
    public void Usage_errors_exit_2_and_write_nothing(string[] args, string message)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("okrsite: error: ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists("x"));
    }

    [Fact]
    public void A_date_too_early_for_half_a_year_of_data_is_a_usage_error()
    {
        using var temp = new TempSite();

        var run = CliRun.Of("new", Path.Combine(temp.Root, "x"), "--as-of", "0100-03-01");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the starter's data starts half a year before it", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Root, "x")));
    }

    private static List<string> Listing(string root) =>
        [.. Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    private static List<string> Entries(string root) =>
        ["", .. Directory.EnumerateFileSystemEntries(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    private static Dictionary<string, string> Snapshot(string root) =>
        Listing(root).ToDictionary(path => path, path => SiteFolder.IsLink(Path.Combine(root, path)) ? "link" : File.ReadAllText(Path.Combine(root, path)));
}
