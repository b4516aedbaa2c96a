using System.Text.Json;
using System.Text.Json.Nodes;
using OkrSite.BrowserTests.Support;
using OkrSite.Core.Pipeline;

namespace OkrSite.BrowserTests.Fixtures;

/// <summary>
/// The repository's sample site built the way GitHub Pages serves a project site: site.json, content/ and
/// themes/ copied into a temporary folder, baseUrl rewritten to <see cref="BaseUrl"/>, built in-process.
/// </summary>
public static class SampleSite
{
    public const string BaseUrl = "/okrsite/";

    /// <summary>Builds the sample under <paramref name="workDirectory"/>; returns the output folder, or throws with every diagnostic.</summary>
    public static (string Output, BuildResult Result) Build(string workDirectory)
    {
        var root = RepositoryRoot.Path;
        var site = Path.Combine(workDirectory, "site");
        var output = Path.Combine(workDirectory, "out");
        Directory.CreateDirectory(site);
        File.WriteAllText(Path.Combine(site, "site.json"), WithBaseUrl(File.ReadAllText(Path.Combine(root, "site.json")), BaseUrl));
        foreach (var folder in new[] { "content", "themes" })
        {
            CopyFolder(Path.Combine(root, folder), Path.Combine(site, folder));
        }

        var result = SiteBuilder.Build(new BuildOptions(site, output));
        if (!result.Succeeded || !result.Published)
        {
            throw new InvalidOperationException(
                $"the sample site did not build (published: {result.Published}):\n{string.Join('\n', result.Diagnostics)}");
        }

        return (output, result);
    }

    /// <summary>site.json with baseUrl set (comments and trailing commas are accepted, as the engine does).</summary>
    public static string WithBaseUrl(string siteJson, string baseUrl)
    {
        var node = JsonNode.Parse(siteJson, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip })
            ?? throw new InvalidOperationException("site.json is empty");
        node["baseUrl"] = baseUrl;
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public static void CopyFolder(string source, string target)
    {
        if (!Directory.Exists(source))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}
