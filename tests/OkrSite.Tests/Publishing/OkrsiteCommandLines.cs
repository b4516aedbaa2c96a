using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using OkrSite.Cli;

namespace OkrSite.Tests.Publishing;

/// <summary>
/// The okrsite command lines of a CI script (<c>okrsite</c>, <c>dotnet okrsite</c>, <c>dotnet tool run okrsite</c>),
/// parsed with the real command line, so a renamed or removed option breaks the recipe's test, not the user's CI.
/// </summary>
internal static partial class OkrsiteCommandLines
{
    /// <summary>The variables the recipes use, each with a value of the shape it has when the recipe runs.</summary>
    private static readonly Dictionary<string, string> Samples = new(StringComparer.Ordinal)
    {
        ["BASE_PATH"] = "/repo",
        ["CI_PAGES_URL"] = "https://group.gitlab.io/project",
        ["Build.ArtifactStagingDirectory"] = "/agent/_work/1/a",
    };

    /// <summary>Every okrsite command line in <paramref name="script"/>: the arguments after the program name.</summary>
    public static IEnumerable<string[]> In(string script)
    {
        foreach (var line in script.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n'))
        {
            var code = Comment().Replace(line, string.Empty);
            foreach (var part in Separator().Split(code))
            {
                var words = CommandLineParser.SplitCommandLine(part).ToArray();

                // A bash array ("${args[@]}") is built at run time: ActionTests runs that script instead.
                if (Start(words) >= 0 && !words.Any(w => ArrayExpansion().IsMatch(w)))
                {
                    var substituted = CommandLineParser.SplitCommandLine(Substitute(part)).ToArray();
                    yield return substituted[Start(substituted)..];
                }
            }
        }
    }

    private static int Start(string[] words) => words switch
    {
        ["dotnet", "tool", "run", "okrsite", ..] => 4,
        ["dotnet", "okrsite", ..] => 2,
        ["okrsite", ..] => 1,
        _ => -1,
    };

    /// <summary>Fails unless <paramref name="args"/> parse without an error and name a command.</summary>
    public static void AssertParses(string[] args, string where)
    {
        var root = OkrSiteCli.Create(TextWriter.Null, TextWriter.Null);
        var command = root.Subcommands.FirstOrDefault(c => args.Length > 0 && c.Name == args[0]);
        Assert.True(command is not null, $"{where}: 'okrsite {string.Join(' ', args)}' names no okrsite command");
        var result = root.Parse(args);
        Assert.True(result.Errors.Count == 0, $"{where}: 'okrsite {string.Join(' ', args)}': {string.Join("; ", result.Errors.Select(e => e.Message))}");

        // An unknown option must not pass for the site folder.
        var optionLike = result.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).FirstOrDefault(t => t.Value.StartsWith('-'));
        Assert.True(optionLike is null, $"{where}: 'okrsite {string.Join(' ', args)}': '{optionLike?.Value}' is no option of {args[0]}");
    }

    private static string Substitute(string text) => Variable().Replace(text, match =>
    {
        var name = match.Groups.Cast<Group>().Skip(1).First(g => g.Success).Value;
        return Samples.TryGetValue(name, out var value)
            ? value
            : throw new Xunit.Sdk.XunitException($"the okrsite command line '{text.Trim()}' uses {match.Value}: add a sample value for it to {nameof(OkrsiteCommandLines)}.{nameof(Samples)}");
    });

    [GeneratedRegex(@"^\$\{\w+\[@\]\}$")]
    private static partial Regex ArrayExpansion();

    [GeneratedRegex(@"(^|\s)#.*$")]
    private static partial Regex Comment();

    [GeneratedRegex(@"&&|\|\||;|\|")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\$\{\{\s*([^}]+?)\s*\}\}|\$\(([\w.]+)\)|\$\{(\w+)\}|\$(\w+)")]
    private static partial Regex Variable();
}
