using System.Text.Json;
using Microsoft.Playwright;

namespace OkrSite.BrowserTests.Audits;

/// <summary>
/// axe-core run in a loaded page against WCAG 2.1 A and AA (tags wcag2a, wcag2aa, wcag21a, wcag21aa). The page's
/// context must bypass the CSP (<see cref="Crawling.Contexts.NewAsync"/> with bypassCsp), else the injected script
/// is refused.
/// </summary>
public static class Axe
{
    public static IReadOnlyList<string> Tags { get; } = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>The impacts that fail a test; moderate and minor ones are only reported.</summary>
    public static IReadOnlyList<string> Failing { get; } = ["serious", "critical"];

    private const string Run = """
        async tags => {
          const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          return JSON.stringify(result.violations.map(v => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            helpUrl: v.helpUrl,
            nodes: v.nodes.length,
            targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')),
          })));
        }
        """;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Injects <paramref name="axeScript"/> once per document (a new navigation needs it again) and returns every violation.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IPage page, string axeScript)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'").ConfigureAwait(false))
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = axeScript }).ConfigureAwait(false);
        }

        var json = await page.EvaluateAsync<string>(Run, Tags).ConfigureAwait(false);
        return JsonSerializer.Deserialize<List<AxeViolation>>(json, Json) ?? [];
    }
}

/// <summary>One axe rule a page breaks: the rule, its impact, how many elements and the first selectors, and where the rule is explained.</summary>
public sealed record AxeViolation(string Id, string? Impact, string Help, string HelpUrl, int Nodes, IReadOnlyList<string> Targets)
{
    public bool Fails => Impact is { } impact && Axe.Failing.Contains(impact);

    public override string ToString() =>
        $"{Id} ({Impact}, {Nodes} element(s)): {Help}; e.g. {string.Join(" | ", Targets)}; {HelpUrl}";
}
