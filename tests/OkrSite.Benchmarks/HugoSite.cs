using System.Globalization;
using System.Text;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Content;

namespace OkrSite.Benchmarks;

/// <summary>
/// The Hugo side of the page-rendering comparison: one Hugo page per objective, KPI and team of an OkrSite site, with the
/// same title and the same Markdown body, under a minimal layout (baseof + single + list, no theme, no taxonomies,
/// no RSS or sitemap). Hugo also renders the home page and one list page per section.
/// </summary>
public static class HugoSite
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static int Write(string siteDir, string outDir)
    {
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(siteDir, diagnostics);
        if (diagnostics.HasErrors)
        {
            foreach (var d in diagnostics.ToSortedList().Take(20))
            {
                Console.Error.WriteLine(d.ToString());
            }

            return 1;
        }

        if (Directory.Exists(outDir))
        {
            if (Directory.EnumerateFileSystemEntries(outDir).Any() && !File.Exists(Path.Combine(outDir, "hugo.toml")))
            {
                Console.Error.WriteLine($"'{outDir}' is not empty and is no Hugo site written by this tool; choose another --out");
                return 2;
            }

            Directory.Delete(outDir, recursive: true);
        }

        var files = new List<(string Path, string Text)>
        {
            ("hugo.toml", """
                baseURL = "/"
                title = "Synthetic OKRs (Hugo comparison)"
                disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
                enableRobotsTXT = false

                [markup.goldmark.renderer]
                unsafe = false

                """),
            ("layouts/_default/baseof.html", """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{{ .Title }} · {{ .Site.Title }}</title>
                <link rel="stylesheet" href="/style.css">
                </head>
                <body>
                <header><a href="/">{{ .Site.Title }}</a>
                <nav><a href="/objectives/">Objectives</a> · <a href="/kpis/">KPIs</a> · <a href="/teams/">Teams</a></nav></header>
                <main>
                {{ block "main" . }}{{ end }}
                </main>
                <footer>Built with Hugo</footer>
                </body>
                </html>

                """),
            ("layouts/_default/single.html", """
                {{ define "main" }}
                <h1>{{ .Title }}</h1>
                {{ with .Params.meta }}<p class="meta">{{ . }}</p>{{ end }}
                <section class="prose">
                {{ .Content }}
                </section>
                {{ end }}

                """),
            ("layouts/_default/list.html", """
                {{ define "main" }}
                <h1>{{ .Title }}</h1>
                <ul>
                {{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
                {{ end }}
                </ul>
                {{ end }}

                """),
        };
        files.AddRange(content.Objectives.Select(o => ($"content/objectives/{o.Id}.md", Page(o.Title, $"{o.Period} · {o.Team?.Value ?? "company"}", o.Body.Text))));
        files.AddRange(content.Kpis.Select(k => ($"content/kpis/{k.Id}.md", Page(k.Name, k.Unit ?? string.Empty, k.Body.Text))));
        files.AddRange(content.Teams.Select(t => ($"content/teams/{t.Id}.md", Page(t.Name, t.Parent?.Value ?? string.Empty, t.Body.Text))));
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(outDir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text.Replace("\r\n", "\n", StringComparison.Ordinal), Utf8);
        }

        var pages = content.Objectives.Length + content.Kpis.Length + content.Teams.Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Hugo site {outDir}: {pages} content pages ({content.Objectives.Length} objectives, {content.Kpis.Length} KPIs, {content.Teams.Length} teams) + home and 3 section lists"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"COUNT\thugoContentPages\t{pages}"));
        return 0;
    }

    private static string Page(string title, string meta, string body) =>
        $"---\ntitle: {Yaml(title)}\nmeta: {Yaml(meta)}\n---\n{body}";

    private static string Yaml(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
