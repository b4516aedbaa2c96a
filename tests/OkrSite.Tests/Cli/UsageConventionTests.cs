using OkrSite.Tests.Support;

namespace OkrSite.Tests.Cli;

/// <summary>Every word on the command line is either taken for what it is or refused with exit 2 and a way forward.</summary>
public class UsageConventionTests
{
    [Theory]
    [InlineData(new[] { "biuld" }, "unknown command 'biuld'; did you mean 'build'?", "okrsite --help")]
    [InlineData(new[] { "chekc", "site" }, "unknown command 'chekc'; did you mean 'check'?", "okrsite --help")]
    [InlineData(new[] { "frobnicate" }, "unknown command 'frobnicate'; the commands are new, serve, build, check, freeze, diff", "okrsite --help")]
    [InlineData(new[] { "build", "--ot", "x" }, "unknown option '--ot'; did you mean '--out'?", "okrsite build --help")]
    [InlineData(new[] { "build", "--ot=x" }, "unknown option '--ot'; did you mean '--out'?", "okrsite build --help")]
    [InlineData(new[] { "check", "--verbos" }, "unknown option '--verbos'; did you mean '--verbose'?", "okrsite check --help")]
    [InlineData(new[] { "build", "--hlep" }, "unknown option '--hlep'; did you mean '--help'?", "okrsite build --help")]
    [InlineData(new[] { "check", "--out", "x" }, "unknown option '--out'", "okrsite check --help")]
    [InlineData(new[] { "build", "--zzzzzzzz" }, "unknown option '--zzzzzzzz'", "okrsite build --help")]
    [InlineData(new[] { "build", "a", "b" }, "unexpected argument 'b': 'build' takes SITE_DIR, and that is 'a'", "okrsite build --help")]
    [InlineData(new string[0], "no command given; the commands are new, serve, build, check, freeze, diff ('okrsite build' builds the site in the current folder)", "okrsite --help")]
    [InlineData(new[] { "build", "--quiet", "--verbose" }, "--quiet and --verbose ask for opposite things; give one of them", "okrsite build --help")]
    public void A_wrong_word_is_a_usage_error_with_the_way_forward(string[] args, string message, string help)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"okrsite: error: {message}\nRun '{help}' for usage.\n", run.Error);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void A_folder_given_without_a_command_is_never_built_but_suggested()
    {
        using var site = TempSite.CopyOf("northwind");

        var run = CliRun.Of(site.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"okrsite: error: unknown command '{site.Root}'; did you mean 'okrsite build {site.Root}'?\nRun 'okrsite --help' for usage.\n", run.Error);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void An_unknown_option_is_never_taken_as_the_site_folder_even_when_such_a_folder_exists()
    {
        using var site = TempSite.CopyOf("northwind");
        var cwd = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = site.Root;
            Directory.CreateDirectory("--ot");

            var run = CliRun.Of("build", "--ot");

            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith("okrsite: error: unknown option '--ot'; did you mean '--out'?\n", run.Error, StringComparison.Ordinal);
            Assert.False(Directory.Exists(site.Output));
        }
        finally
        {
            Environment.CurrentDirectory = cwd;
        }
    }

    [Fact]
    public void Every_problem_of_a_command_line_is_told_at_once()
    {
        var run = CliRun.Of("build", "--no-such-thing", "--as-of", "1.1.2026");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            [
                "okrsite: error: unknown option '--no-such-thing'",
                "okrsite: error: --as-of '1.1.2026' is not a date; write it as yyyy-MM-dd, for example 2026-09-30",
                "Run 'okrsite build --help' for usage.",
            ],
            run.ErrorLines);
    }

    [Fact]
    public void After_a_double_dash_a_word_with_a_leading_dash_is_the_site_folder()
    {
        var run = CliRun.Of("check", "--", "-no-such-folder");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("okrsite: error: the site folder '-no-such-folder' does not exist\n", run.Error);
    }
}
