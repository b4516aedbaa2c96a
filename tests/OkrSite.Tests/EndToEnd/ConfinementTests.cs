using System.Text;
using OkrSite.Tests.Support;
using static OkrSite.Tests.Support.FileSystemFixtures;

namespace OkrSite.Tests.EndToEnd;

/// <summary>
/// Issue 10: OkrSite reads only inside the site folder (and the data folders site.json names), through real links,
/// FIFOs and loops on disk. A file outside holds a secret that must never reach any output or message.
/// </summary>
public class ConfinementTests : IDisposable
{
    private const string Secret = "TOP-SECRET-4f1c";

    private readonly TempSite _site = TempSite.CopyOf("northwind");
    private readonly TempSite _outside = Outside("secret.md", $"---\ntitle: {Secret}\nteam: sales\nperiod: 2026-Q3\nkey_results:\n  - title: {Secret}\n    done: true\n---\n{Secret}\n");

    public ConfinementTests()
    {
        _outside.File("secret.csv", $"metric,date,value,note\nrevenue,2026-07-15,999,{Secret}\n");
        _outside.File("secret.html", $"<p>{Secret}</p>");
    }

    public void Dispose()
    {
        _site.Dispose();
        _outside.Dispose();
    }

    private string In(string relative) => Path.Combine(_site.Root, relative);

    private string Out(string relative) => Path.Combine(_outside.Root, relative);

    /// <summary>Builds the site; asserts that nothing written and nothing printed holds the secret.</summary>
    private CliRun Build(int exitCode)
    {
        var run = CliRun.Of("build", _site.Root);
        Assert.True(exitCode == run.ExitCode, $"exit {run.ExitCode}:\n{run.Error}");
        AssertSecretKept(run.Output + run.Error);
        return run;
    }

    private void AssertSecretKept(string printed)
    {
        Assert.DoesNotContain(Secret, printed, StringComparison.Ordinal);
        foreach (var file in Directory.EnumerateFiles(_site.Root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }))
        {
            if (new FileInfo(file).Length < 64 * 1024 * 1024)
            {
                Assert.DoesNotContain(Secret, File.ReadAllText(file), StringComparison.Ordinal);
            }
        }
    }

    private static void AssertOnly(CliRun run, string expectedLine) =>
        Assert.Contains(expectedLine, run.ErrorLines);

    // ---- content ----

    [Fact]
    public void A_content_file_linked_outside_is_refused_on_the_link()
    {
        Link(In("content/okrs/2026-Q3/leak.md"), Out("secret.md"));

        var run = Build(1);

        AssertOnly(run, $"content/okrs/2026-Q3/leak.md: error OKR0113: the file is a link to '{Out("secret.md")}', outside the site folder; OkrSite reads nothing outside the site folder");
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void A_relative_content_link_that_climbs_out_is_refused()
    {
        Link(In("content/teams/leak.md"), Path.GetRelativePath(In("content/teams"), Out("secret.md")));

        Assert.Contains(Build(1).ErrorLines, l => l.StartsWith("content/teams/leak.md: error OKR0113:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_content_folder_linked_outside_is_refused_on_the_folder()
    {
        Link(In("content/okrs/shared"), _outside.Root);

        var run = Build(1);

        Assert.Contains(run.ErrorLines, l => l.StartsWith("content/okrs/shared: error OKR0113: the folder is a link to ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_content_folder_itself_linked_outside_is_one_error()
    {
        Directory.Move(In("content"), Out("content"));
        Link(In("content"), Out("content"));

        var run = Build(1);

        Assert.Single(run.ErrorLines, l => l.StartsWith("content: error OKR0113: the folder is a link", StringComparison.Ordinal));
    }

    [Fact]
    public void The_front_page_linked_outside_is_refused()
    {
        Link(In("content/index.md"), Out("secret.md"));

        Assert.Contains(Build(1).ErrorLines, l => l.StartsWith("content/index.md: error OKR0113:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_content_link_that_stays_inside_the_site_is_read()
    {
        Directory.CreateDirectory(In("shared"));
        File.Move(In("content/okrs/2026-Q3/emea.md"), In("shared/emea.md"));
        Link(In("content/okrs/2026-Q3/emea.md"), "../../../shared/emea.md");

        Build(0);

        Assert.True(File.Exists(Path.Combine(_site.Output, "objectives", "2026-Q3", "emea", "index.html")));
    }

    // ---- data ----

    [Theory]
    [InlineData("../*.csv", "has a '..' segment")]
    [InlineData("/etc/*.csv", "is an absolute path")]
    [InlineData("content/data/../../*.csv", "has a '..' segment")]
    public void A_data_glob_that_leaves_the_site_is_an_error_on_site_json(string glob, string reason)
    {
        File.Copy(Out("secret.csv"), Path.Combine(Path.GetDirectoryName(_site.Root)!, "secret.csv"), overwrite: true);
        _site.File("site.json", $"{{\n  \"title\": \"Northwind OKRs\",\n  \"period\": \"2026-Q3\",\n  \"asOf\": \"2026-08-15\",\n  \"data\": [\"content/data/*.csv\", \"{glob}\"]\n}}\n");

        var run = Build(1);

        Assert.Contains(run.ErrorLines, l => l.StartsWith("site.json(5,", StringComparison.Ordinal) && l.Contains($"error OKR0211: data glob '{glob}' {reason}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_data_file_linked_outside_is_refused_on_the_link()
    {
        Link(In("content/data/leak.csv"), Out("secret.csv"));

        var run = Build(1);

        AssertOnly(run, $"content/data/leak.csv: error OKR0212: the file is a link to '{Out("secret.csv")}', outside the site folder; OkrSite reads nothing outside the site folder");
    }

    [Fact]
    public void A_data_folder_linked_outside_is_refused_when_the_glob_enters_it()
    {
        Link(In("content/data/ext"), _outside.Root);
        _site.File("site.json", "{ \"title\": \"Northwind OKRs\", \"period\": \"2026-Q3\", \"asOf\": \"2026-08-15\", \"data\": [\"content/data/**/*.csv\"] }");

        Assert.Contains(Build(1).ErrorLines, l => l.StartsWith("content/data/ext: error OKR0212: the folder is a link", StringComparison.Ordinal));
    }

    [Fact]
    public void The_default_data_folder_as_a_link_outside_is_named_instead_of_matching_no_file()
    {
        Directory.Delete(In("content/data"), recursive: true);
        Link(In("content/data"), _outside.Root);

        var run = Build(1);

        AssertOnly(run, $"content/data: error OKR0212: the folder is a link to '{_outside.Root}', outside the site folder; OkrSite reads nothing outside the site folder");
        Assert.DoesNotContain(run.ErrorLines, l => l.Contains("OKR0201", StringComparison.Ordinal));
    }

    [Fact]
    public void The_default_data_folder_as_a_dangling_link_is_reported()
    {
        Directory.Delete(In("content/data"), recursive: true);
        Link(In("content/data"), Out("no-such-folder"));

        Assert.Contains(Build(1).ErrorLines, l => l.StartsWith("content/data: error OKR0212:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_data_folder_named_in_site_json_is_read_by_its_name()
    {
        var exports = new TempSite().File("q3.csv", "metric,date,value\nrevenue,2026-08-10,123\n");
        try
        {
            Link(Path.Combine(exports.Root, "leak.csv"), Out("secret.csv"));
            _site.File("site.json", $$"""{ "title": "Northwind OKRs", "period": "2026-Q3", "asOf": "2026-08-15", "dataFolders": { "exports": "{{exports.Root}}" }, "data": ["content/data/*.csv", "exports:q3.csv"] }""");

            Build(0);
            Assert.Contains("123", File.ReadAllText(Path.Combine(_site.Output, "report.json")), StringComparison.Ordinal);

            // A link inside the named folder that leads out of it is refused like one in the site.
            _site.File("site.json", $$"""{ "title": "Northwind OKRs", "period": "2026-Q3", "asOf": "2026-08-15", "dataFolders": { "exports": "{{exports.Root}}" }, "data": ["exports:*.csv"] }""");
            var run = Build(1);
            Assert.Contains(run.ErrorLines, l => l.StartsWith("exports:leak.csv: error OKR0212: the file is a link to ", StringComparison.Ordinal) && l.Contains("outside data folder 'exports'", StringComparison.Ordinal));
        }
        finally
        {
            exports.Dispose();
        }
    }

    [Fact]
    public void A_named_data_folder_that_does_not_exist_is_an_error()
    {
        _site.File("site.json", """{ "title": "Northwind OKRs", "period": "2026-Q3", "asOf": "2026-08-15", "dataFolders": { "exports": "/no/such/folder" }, "data": ["exports:*.csv"] }""");

        Assert.Contains("site.json: error OKR0008: data folder 'exports' is '/no/such/folder', which is not a folder; create it, or fix the path in dataFolders", Build(1).ErrorLines);
    }

    // ---- theme ----

    [Fact]
    public void A_theme_template_linked_outside_is_refused()
    {
        Link(In("themes/default/pages/404.html"), Out("secret.html"));

        AssertOnly(Build(1), $"themes/default/pages/404.html: error OKR0403: the file is a link to '{Out("secret.html")}', outside the site folder; OkrSite reads nothing outside the site folder");
    }

    [Fact]
    public void A_theme_asset_linked_outside_is_refused()
    {
        Link(In("themes/default/assets/leak.css"), Out("secret.html"));

        Assert.Contains(Build(1).ErrorLines, l => l.StartsWith("themes/default/assets/leak.css: error OKR0403:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_theme_folder_linked_outside_is_refused()
    {
        Directory.CreateDirectory(Out("corp/pages"));
        Link(In("themes/corp"), Out("corp"));
        _site.File("site.json", """{ "title": "Northwind OKRs", "period": "2026-Q3", "asOf": "2026-08-15", "theme": "corp" }""");

        Assert.Contains(Build(1).ErrorLines, l => l.StartsWith("themes/corp: error OKR0403: the folder is a link to ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("../../../secret.html")]
    [InlineData("partials/../../../secret.html")]
    [InlineData("..")]
    public void An_include_with_dot_dot_is_an_error_on_the_template(string include)
    {
        _site.File("themes/default/pages/404.html", $"<h1>x</h1>\n{{{{ include '{include}' }}}}\n");

        AssertOnly(Build(1), $"themes/default/pages/404.html(2): error OKR0404: include '{include}' names a path outside the theme; include a partial by its name ('card.html') or by its path in the theme ('partials/card.html') (while rendering 404.html)");
    }

    [Fact]
    public void An_absolute_include_is_an_error_on_the_template()
    {
        _site.File("themes/default/pages/404.html", $"<h1>x</h1>\n\n{{{{ include '{Out("secret.html")}' }}}}\n");

        Assert.Contains(Build(1).ErrorLines, l => l.StartsWith("themes/default/pages/404.html(3): error OKR0404: include '/", StringComparison.Ordinal));
    }

    // ---- loops ----

    [Fact]
    public void A_link_cycle_in_content_okrs_is_one_warning_and_the_build_goes_on()
    {
        Link(In("content/okrs/2026-Q3/loop"), "..");

        var run = Build(0);

        Assert.Equal(["content/okrs/2026-Q3/loop: warning OKR0114: the folder is a link to 'content/okrs', which contains the link itself (a cycle); it is skipped"], run.ErrorLines.Where(l => l.Contains("OKR0114", StringComparison.Ordinal)));
        Assert.True(File.Exists(Path.Combine(_site.Output, "objectives", "2026-Q3", "emea", "index.html")));
    }

    [Fact]
    public void Two_links_to_each_other_in_content_okrs_are_one_warning()
    {
        Link(In("content/okrs/a"), "b");
        Link(In("content/okrs/b"), "a");

        var run = Build(0);

        Assert.Single(run.ErrorLines, l => l.Contains("OKR0114", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_cycle_in_a_theme_is_one_warning_and_the_build_goes_on()
    {
        _site.File("themes/default/assets/extra.css", "p{}");
        Link(In("themes/default/assets/loop"), "../..");

        var run = Build(0);

        Assert.Equal(["themes/default/assets/loop: warning OKR0405: the folder is a link to 'themes', which contains the link itself (a cycle); it is skipped"], run.ErrorLines.Where(l => l.Contains("OKR04", StringComparison.Ordinal)));
        Assert.True(File.Exists(Path.Combine(_site.Output, "assets", "extra.css")));
    }

    // ---- FIFOs: a real process, so a regression hangs one child for a minute, not the test run ----

    [Theory]
    [InlineData("content/okrs/2026-Q3/pipe.md", "OKR0115")]
    [InlineData("content/teams/pipe.md", "OKR0115")]
    [InlineData("content/data/pipe.csv", "OKR0214")]
    [InlineData("themes/default/assets/pipe.css", "OKR0406")]
    [InlineData("themes/default/pages/404.html", "OKR0406")]
    public void A_fifo_is_an_error_and_never_opened(string path, string code)
    {
        if (File.Exists(In(path)))
        {
            File.Delete(In(path));
        }

        Fifo(In(path));

        var run = OkrSiteProcess.Run(["check", _site.Root], timeout: TimeSpan.FromSeconds(60));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}: error {code}: the file is a FIFO (named pipe), not a regular file; OkrSite does not open it (it could block the build for ever)", run.ErrorLines);
    }

    [Fact]
    public void A_fifo_as_site_json_is_an_error_and_never_opened()
    {
        File.Delete(In("site.json"));
        Fifo(In("site.json"));

        var run = OkrSiteProcess.Run(["check", _site.Root], timeout: TimeSpan.FromSeconds(60));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("site.json: error OKR0009: the file is a FIFO", StringComparison.Ordinal));
    }

    [Fact]
    public void A_site_json_linked_outside_is_refused()
    {
        File.Move(In("site.json"), Out("site.json"));
        Link(In("site.json"), Out("site.json"));

        AssertOnly(Build(1), $"site.json: error OKR0009: the file is a link to '{Out("site.json")}', outside the site folder; OkrSite reads nothing outside the site folder");
    }

    // ---- UTF-16 without a byte order mark ----

    [Theory]
    [InlineData("utf-16le", "UTF-16 LE")]
    [InlineData("utf-16be", "UTF-16 BE")]
    public void A_utf16_content_file_says_to_save_it_as_utf8(string encoding, string name)
    {
        var text = File.ReadAllText(In("content/okrs/2026-Q3/emea.md"));
        File.WriteAllBytes(In("content/okrs/2026-Q3/emea.md"), Encoding.GetEncoding(encoding).GetBytes(text));

        AssertOnly(Build(1), $"content/okrs/2026-Q3/emea.md: error OKR0112: the file looks like {name}, not UTF-8; save it as UTF-8");
    }

    [Theory]
    [InlineData("utf-16le", "UTF-16 LE")]
    [InlineData("utf-16be", "UTF-16 BE")]
    public void A_utf16_data_file_says_to_export_it_as_utf8(string encoding, string name)
    {
        File.WriteAllBytes(In("content/data/extra.csv"), Encoding.GetEncoding(encoding).GetBytes("metric,date,value\nrevenue,2026-08-01,5\n"));

        AssertOnly(Build(1), $"content/data/extra.csv(1): error OKR0207: file looks like {name} (every other byte is zero), not UTF-8; export it again as 'CSV UTF-8' or convert it to UTF-8");
    }

    [Fact]
    public void A_utf16_site_json_says_to_save_it_as_utf8()
    {
        File.WriteAllBytes(In("site.json"), Encoding.Unicode.GetBytes(File.ReadAllText(In("site.json"))));

        AssertOnly(Build(1), "site.json(1,1): error OKR0002: site.json looks like UTF-16 LE, not UTF-8; save it as UTF-8");
    }
}
