using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OkrSite.Cli.Starter;

/// <summary>
/// <c>okrsite new --example</c>: the sample site at the repository root (site.json, content/, static/), embedded when
/// the tool is built, adjusted for a folder of its own: site.json's <c>$schema</c> and each content file's
/// <c># yaml-language-server</c> line point at the schemas written beside it. Its figures are the sample's.
/// </summary>
internal static class ExampleSite
{
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["content/teams/"] = "team",
        ["content/kpis/"] = "kpi",
        ["content/okrs/"] = "objective",
    };

    public static IEnumerable<StarterFile> Files() =>
        StarterResources.Under("example/").Select(file => file.Path switch
        {
            "site.json" => file with { Content = SiteJson(file.Content) },
            var path when path.EndsWith(".md", StringComparison.Ordinal) && KindOf(path) is { } kind => file with { Content = WithSchemaLine(file.Content, path, kind) },
            _ => file,
        });

    /// <summary>site.json with <c>"$schema": "schemas/site.schema.json"</c> first, replacing the sample's own.</summary>
    public static byte[] SiteJson(byte[] content)
    {
        var sample = JsonNode.Parse(content)!.AsObject();
        var adjusted = new JsonObject { ["$schema"] = $"{StarterSite.SchemaFolder}/site.schema.json" };
        foreach (var (key, value) in sample)
        {
            if (key != "$schema")
            {
                adjusted[key] = value?.DeepClone();
            }
        }

        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return new UTF8Encoding(false).GetBytes(adjusted.ToJsonString(options).ReplaceLineEndings("\n") + "\n");
    }

    /// <summary>The front matter's first line becomes the editor's schema line, unless the file has one already.</summary>
    public static byte[] WithSchemaLine(byte[] content, string path, string kind)
    {
        var text = Encoding.UTF8.GetString(content);
        var newline = text.StartsWith("---\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        if (!text.StartsWith("---" + newline, StringComparison.Ordinal) || text.Contains("yaml-language-server:", StringComparison.Ordinal))
        {
            return content;
        }

        var up = string.Concat(Enumerable.Repeat("../", path.Count(c => c == '/')));
        var line = $"# yaml-language-server: $schema={up}{StarterSite.SchemaFolder}/{kind}.schema.json{newline}";
        return new UTF8Encoding(false).GetBytes(text.Insert(3 + newline.Length, line));
    }

    private static string? KindOf(string path) =>
        Kinds.FirstOrDefault(kind => path.StartsWith(kind.Key, StringComparison.Ordinal)).Value;
}
