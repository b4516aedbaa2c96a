using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using OkrSite.Cli.Commands;

namespace OkrSite.Cli.Help;

/// <summary>
/// Adds an "Examples:" section after System.CommandLine's help: a command's own examples
/// (<see cref="CommonOptions.WithExamples"/>), and on the root the first example of every command. The help
/// builder's layout is not public in System.CommandLine 3, so its action is wrapped instead.
/// </summary>
internal static class ExamplesHelp
{
    public static void Install(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption { Action: HelpAction help })
            {
                option.Action = new WithExamples(help);
            }
        }
    }

    /// <summary>The examples shown for <paramref name="command"/>: its own, then (on the root) one per subcommand.</summary>
    public static IReadOnlyList<string> For(Command command)
    {
        var own = CommonOptions.Examples(command);
        return command is RootCommand
            ? [.. own, .. command.Subcommands.Where(c => !c.Hidden).Select(c => CommonOptions.Examples(c).FirstOrDefault()).OfType<string>()]
            : own;
    }

    private sealed class WithExamples(HelpAction help) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var code = help.Invoke(parseResult);
            var examples = For(parseResult.CommandResult.Command);
            if (examples.Count > 0)
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Examples:");
                foreach (var example in examples)
                {
                    output.WriteLine($"  {example}");
                }

                output.WriteLine();
            }

            return code;
        }
    }
}
