using System.CommandLine;
using System.CommandLine.Parsing;
using OkrSite.Core.Load;

namespace OkrSite.Cli;

/// <summary>
/// What to tell the user about the words no command, option or argument took: an unknown command or option with
/// the nearest known one (the engine's did-you-mean), a folder given without a command, an argument too many.
/// Nothing a user types is ever taken silently as something else.
/// </summary>
internal static class UsageProblems
{
    /// <summary>
    /// Whether <paramref name="error"/> is System.CommandLine's own "unrecognized" message for one of the words
    /// <see cref="Of"/> explains better.
    /// </summary>
    public static bool Explains(ParseResult parsed, string error) =>
        parsed.UnmatchedTokens.Any(token => error.Contains($"'{token}'", StringComparison.Ordinal))
        || (parsed.CommandResult.Command is RootCommand && parsed.Tokens.Count == 0);

    /// <summary>
    /// One message per word nothing took, or none; <paramref name="isFolder"/> tells whether a word names a folder.
    /// A word that starts with '-' is an option even where System.CommandLine would take it as the site folder,
    /// unless it follows "--" (the way to name a folder that starts with '-').
    /// </summary>
    public static IReadOnlyList<string> Of(ParseResult parsed, IReadOnlyList<string> args, Func<string, bool> isFolder)
    {
        var command = parsed.CommandResult.Command;
        var separator = IndexOf(args, "--");
        var messages = new List<string>();
        var taken = new List<string>();
        foreach (var argument in parsed.CommandResult.Children.OfType<ArgumentResult>())
        {
            foreach (var token in argument.Tokens.Select(t => t.Value))
            {
                if (LooksLikeOption(token) && (separator < 0 || IndexOf(args, token) < separator))
                {
                    messages.Add(UnknownOption(token, parsed.CommandResult));
                }
                else
                {
                    taken.Add(token);
                }
            }
        }

        foreach (var token in parsed.UnmatchedTokens)
        {
            if (LooksLikeOption(token))
            {
                messages.Add(UnknownOption(token, parsed.CommandResult));
            }
            else if (command is RootCommand)
            {
                // One unknown command is enough: the words after it were meant for it.
                messages.Add(UnknownCommand(token, command, isFolder));
                break;
            }
            else if (IndexOf(args, token) is var at && at > 0 && LooksLikeOption(args[at - 1]) && !Known(args[at - 1], parsed.CommandResult))
            {
                // The value of the unknown option before it ("--ot x"): the option's message covers both.
            }
            else
            {
                var arguments = string.Join(" ", command.Arguments.Select(a => a.Name));
                messages.Add(taken.Count > 0
                    ? $"unexpected argument '{token}': '{command.Name}' takes {arguments}, and that is '{string.Join(' ', taken)}'"
                    : $"unexpected argument '{token}': '{command.Name}' takes {(arguments.Length > 0 ? arguments : "no arguments")}");
            }
        }

        if (messages.Count == 0 && command is RootCommand && parsed.Errors.Count > 0 && parsed.Tokens.Count == 0)
        {
            messages.Add($"no command given; the commands are {Commands(command)} ('okrsite build' builds the site in the current folder)");
        }

        return messages;
    }

    private static bool LooksLikeOption(string token) => token.Length > 1 && token[0] == '-';

    private static int IndexOf(IReadOnlyList<string> args, string token)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == token)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Known(string token, CommandResult result) => OptionNames(result).Concat(result.Command.Options.SelectMany(o => o.Aliases)).Contains(token.Split('=', 2)[0]);

    private static string UnknownOption(string token, CommandResult result)
    {
        var name = token.Split('=', 2)[0];
        return $"unknown option '{name}'{Suggest.DidYouMean(name, OptionNames(result))}";
    }

    private static string Commands(Command root) => string.Join(", ", root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));

    private static string UnknownCommand(string token, Command root, Func<string, bool> isFolder)
    {
        if (isFolder(token))
        {
            return $"unknown command '{token}'; did you mean 'okrsite build {token}'?";
        }

        var names = root.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Prepend(c.Name)).ToList();
        var suggestion = Suggest.DidYouMean(token, names);
        return suggestion.Length > 0
            ? $"unknown command '{token}'{suggestion}"
            : $"unknown command '{token}'; the commands are {Commands(root)}";
    }

    /// <summary>The options the command takes: its own and the recursive ones of the commands above it (--help).</summary>
    private static IEnumerable<string> OptionNames(CommandResult result)
    {
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult { Command: var command })
            {
                foreach (var option in command.Options.Where(o => !o.Hidden && (current == result || o.Recursive)))
                {
                    yield return option.Name;
                    foreach (var alias in option.Aliases.Where(a => a.StartsWith("--", StringComparison.Ordinal)))
                    {
                        yield return alias;
                    }
                }
            }
        }
    }
}
