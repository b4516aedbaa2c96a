using OkrSite.Cli.Progress;
using OkrSite.Tests.Support;
using Spectre.Console.Testing;

namespace OkrSite.Tests.Cli;

public class ProgressTests
{
    [Theory]
    [InlineData(false, null, "xterm-256color", true)]
    [InlineData(false, null, null, true)]
    [InlineData(true, null, "xterm-256color", false)]
    [InlineData(false, "true", "xterm-256color", false)]
    [InlineData(false, "1", "xterm-256color", false)]
    [InlineData(false, "false", "xterm-256color", true)]
    [InlineData(false, "", "xterm-256color", true)]
    [InlineData(false, null, "dumb", false)]
    public void The_live_display_is_only_for_a_terminal_outside_ci(bool redirected, string? ci, string? term, bool live)
    {
        var environment = new Dictionary<string, string?> { ["CI"] = ci, ["TERM"] = term, ["NO_COLOR"] = "1" };

        Assert.Equal(live, ProgressMode.Live(redirected, name => environment.GetValueOrDefault(name)));
    }

    [Fact]
    public void On_a_terminal_the_stages_are_drawn_live_and_the_result_follows_as_text()
    {
        using var site = TempSite.CopyOf("northwind");
        using var terminal = new TestConsole().Interactive().EmitAnsiSequences();

        var run = CliRun.On(terminal, "build", site.Root);

        Assert.Equal(0, run.ExitCode);
        var drawn = terminal.Output;
        Assert.Contains("\u001b[", drawn, StringComparison.Ordinal); // redrawn in place, not printed line by line
        foreach (var stage in new[] { "config + theme", "read content", "read data", "validate", "compute", "coach", "render charts", "render pages", "write" })
        {
            Assert.Contains(stage, drawn, StringComparison.Ordinal);
        }

        Assert.Matches(@"read content \(\d+ files\)", drawn);
        Assert.Matches(@"render charts \(\d+ charts\)", drawn);
        Assert.DoesNotContain("[1/9]", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"^Built .*\n0 errors, 0 warnings\n$", run.Output);
    }

    [Fact]
    public void Stages_a_failed_build_never_ran_are_marked_so_on_the_terminal()
    {
        using var site = TempSite.CopyOf("northwind");
        site.File("content/okrs/2026-Q3/ops.md", "---\ntitle: Ops\naligns_to: no-such-objective\nkey_results:\n  - title: x\n    done: true\n---\n");
        using var terminal = new TestConsole().Interactive().EmitAnsiSequences();

        var run = CliRun.On(terminal, "build", site.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("render charts (not run)", terminal.Output, StringComparison.Ordinal);
        Assert.Contains("error OKR0301", run.Error, StringComparison.Ordinal);
        Assert.Equal("1 error, 0 warnings\n", run.Output);
    }

    [Theory]
    [InlineData("--quiet")]
    [InlineData("--verbose")]
    public void Quiet_and_verbose_never_draw_on_the_terminal(string option)
    {
        using var site = TempSite.CopyOf("northwind");
        using var terminal = new TestConsole().Interactive().EmitAnsiSequences();

        var run = CliRun.On(terminal, "check", site.Root, option);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, terminal.Output);
    }
}
