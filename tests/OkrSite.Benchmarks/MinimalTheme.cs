using System.Text.Json.Nodes;

namespace OkrSite.Benchmarks;

/// <summary>
/// Puts the minimal theme of the Hugo comparison (MinimalTheme/, embedded) into an OkrSite site and selects it, so
/// that OkrSite and Hugo render the same pages under equally small layouts. See MinimalTheme/README.md.
/// </summary>
public static class MinimalTheme
{
    private const string Prefix = "minimal-theme/";

    public static int Apply(string siteDir)
    {
        var siteJson = Path.Combine(siteDir, "site.json");
        if (!File.Exists(siteJson))
        {
            Console.Error.WriteLine($"'{siteDir}' has no site.json");
            return 2;
        }

        var assembly = typeof(MinimalTheme).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        foreach (var name in names)
        {
            var target = Path.Combine(siteDir, "themes", "minimal", name[Prefix.Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var source = assembly.GetManifestResourceStream(name)!;
            using var file = File.Create(target);
            source.CopyTo(file);
        }

        var config = JsonNode.Parse(File.ReadAllText(siteJson))!.AsObject();
        config["theme"] = "minimal";
        File.WriteAllText(siteJson, config.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n");
        Console.WriteLine($"{siteDir}: theme 'minimal' ({names.Count} files)");
        return 0;
    }
}
