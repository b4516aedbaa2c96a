using System.Collections.Immutable;

namespace OkrSite.Core.Load;

/// <summary>
/// The JSON Schemas editors use to complete and check site.json and the front matter of teams, KPIs and objectives
/// (docs/schema/*.schema.json but report.schema.json, embedded): <c>okrsite new</c> writes them into a new site, and
/// site.json's <c>$schema</c> and each content file's <c># yaml-language-server: $schema=…</c> line point at them.
/// </summary>
public static class EditorSchemas
{
    private const string Prefix = "OkrSite.Core.editor.";

    /// <summary>Every editor schema by file name ("site.schema.json"), sorted by name.</summary>
    public static ImmutableArray<(string FileName, byte[] Content)> All { get; } = Read();

    private static ImmutableArray<(string FileName, byte[] Content)> Read()
    {
        var assembly = typeof(EditorSchemas).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return (name[Prefix.Length..], copy.ToArray());
            })];
    }
}
