namespace OkrSite.Tests.Publishing;

/// <summary>The northwind fixture copied into a folder of a test's workspace, the way a site sits in a repository.</summary>
internal static class Northwind
{
    public static void CopyTo(string folder)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Fixtures", "sites", "northwind");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
