using System.Collections.Immutable;
using System.Reflection;

namespace OkrSite.Cli.Starter;

/// <summary>
/// The files embedded in the tool for <c>okrsite new</c> (see OkrSite.csproj): <c>starter/site/</c> and
/// <c>starter/common/</c> from src/OkrSite/Starter/Files, and <c>example/</c>, the repository's own sample site.
/// </summary>
internal static class StarterResources
{
    private static readonly Assembly Assembly = typeof(StarterResources).Assembly;

    /// <summary>Every embedded file whose name starts with <paramref name="prefix"/>, by the rest of its name, sorted.</summary>
    public static ImmutableArray<StarterFile> Under(string prefix) =>
        [.. Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => new StarterFile(name[prefix.Length..].Replace('\\', '/'), Read(name)))];

    private static byte[] Read(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
