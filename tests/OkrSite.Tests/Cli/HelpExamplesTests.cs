using System.CommandLine;
using OkrSite.Cli;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Cli;

/// <summary>Every command's --help ends with examples; a command added to OkrSiteCli.Create is covered without a new test.</summary>
public class HelpExamplesTests
{
    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        foreach (var command in OkrSiteCli.Create(TextWriter.Null, TextWriter.Null).Subcommands)
        {
            data.Add(command.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_shows_examples_of_itself(string command)
    {
        var run = CliRun.Of(command, "--help");

        Assert.Equal(0, run.ExitCode);
        var examples = ExamplesOf(run.Output);
        Assert.NotEmpty(examples);
        Assert.All(examples, e => Assert.StartsWith($"okrsite {command}", e, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_example_parses_without_a_usage_error()
    {
        var root = OkrSiteCli.Create(TextWriter.Null, TextWriter.Null);
        foreach (var command in root.Subcommands)
        {
            foreach (var example in ExamplesOf(CliRun.Of(command.Name, "--help").Output))
            {
                var parsed = root.Parse(example["okrsite ".Length..]);
                Assert.True(parsed.Errors.Count == 0 && parsed.UnmatchedTokens.Count == 0, $"'{example}': {string.Join("; ", parsed.Errors.Select(e => e.Message))}");
            }
        }
    }

    [Fact]
    public void The_root_help_lists_every_command_with_one_example_each()
    {
        var commands = OkrSiteCli.Create(TextWriter.Null, TextWriter.Null).Subcommands.Select(c => c.Name).ToList();

        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        var examples = ExamplesOf(run.Output);
        Assert.Equal(commands, examples.Select(e => e.Split(' ')[1]));
        Assert.All(commands, c => Assert.Contains($"\n  {c} ", run.Output, StringComparison.Ordinal));
    }

    [Fact]
    public void Help_of_a_subcommand_shows_only_its_own_examples()
    {
        Assert.DoesNotContain("okrsite check", CliRun.Of("build", "-h").Output, StringComparison.Ordinal);
    }

    private static List<string> ExamplesOf(string help)
    {
        var lines = help.Split('\n');
        var start = Array.IndexOf(lines, "Examples:");
        Assert.True(start >= 0, "no Examples: section in\n" + help);
        return [.. lines.Skip(start + 1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.Trim())];
    }
}
