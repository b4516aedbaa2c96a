using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using OkrSite.Core.Load;
using OkrSite.Core.Model;
using Scriban;
using Scriban.Runtime;

namespace OkrSite.Cli.Starter;

/// <summary>
/// What <c>okrsite new</c> writes, as a pure function of the day it runs and the tool's version: the same inputs give
/// the same bytes. Resource names map to paths in the new site: <c>dot-x/</c> is <c>.x/</c> and <c>gitignore</c> is
/// <c>.gitignore</c> (so that they do not act on this repository), the folder <c>PERIOD</c> is the current quarter,
/// and a file ending in <c>.sbn</c> is a Scriban template rendered with <c>period</c>, <c>target</c> and
/// <c>version</c>.
/// </summary>
internal static class StarterSite
{
    public const string SchemaFolder = "schemas";

    /// <summary>The starter: one company, one team, two KPIs with a weekly CSV export, one objective of the quarter.</summary>
    public static ImmutableArray<StarterFile> Create(DateOnly today, string toolVersion)
    {
        var values = Values(today, toolVersion);
        return Sorted([
            .. StarterResources.Under("starter/site/").Select(file => Map(file, values)),
            new StarterFile(StarterData.FileName, Utf8(StarterData.Csv(today))),
            .. Common(values)]);
    }

    /// <summary>The repository's sample site, with the same editor schemas, .gitignore, tool manifest and workflow.</summary>
    public static ImmutableArray<StarterFile> Example(DateOnly today, string toolVersion) =>
        Sorted([.. ExampleSite.Files(), .. Common(Values(today, toolVersion))]);

    /// <summary>The tool's own version (without a +commit suffix): the one the new site's tool manifest pins.</summary>
    public static string ToolVersion { get; } = ReadToolVersion();

    private static IEnumerable<StarterFile> Common(ScriptObject values) =>
        [
            .. StarterResources.Under("starter/common/").Select(file => Map(file, values)),
            .. EditorSchemas.All.Select(schema => new StarterFile($"{SchemaFolder}/{schema.FileName}", schema.Content)),
        ];

    private static ScriptObject Values(DateOnly today, string toolVersion) => new()
    {
        ["period"] = Period.QuarterOf(today).ToString(),
        ["target"] = StarterData.Target(today).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["version"] = toolVersion,
    };

    private static StarterFile Map(StarterFile resource, ScriptObject values)
    {
        var segments = resource.Path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = segments[i] switch
            {
                "gitignore" when i == segments.Length - 1 => ".gitignore",
                "PERIOD" => values["period"]?.ToString() ?? throw new InvalidOperationException("no period"),
                var s when s.StartsWith("dot-", StringComparison.Ordinal) => "." + s["dot-".Length..],
                var s => s!,
            };
        }

        var path = string.Join('/', segments);
        return path.EndsWith(".sbn", StringComparison.Ordinal)
            ? new StarterFile(path[..^".sbn".Length], Utf8(Render(resource, values)))
            : resource with { Path = path };
    }

    private static string Render(StarterFile resource, ScriptObject values)
    {
        var template = Template.Parse(resource.Text, resource.Path);
        if (template.HasErrors)
        {
            throw new InvalidOperationException($"starter template {resource.Path}: {string.Join("; ", template.Messages)}");
        }

        var context = new TemplateContext { StrictVariables = true };
        context.PushGlobal(values);
        return template.Render(context);
    }

    private static ImmutableArray<StarterFile> Sorted(IEnumerable<StarterFile> files) => [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    private static string ReadToolVersion()
    {
        var version = typeof(StarterSite).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(StarterSite).Assembly.GetName().Version?.ToString(3)
            ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
