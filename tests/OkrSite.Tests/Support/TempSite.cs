using System.Text;

namespace OkrSite.Tests.Support;

/// <summary>A site folder written to a fresh temporary directory, deleted when disposed.</summary>
public sealed class TempSite : IDisposable
{
    public TempSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "okrsite-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>A copy of a fixture site under Fixtures/sites/, so a build never writes into the source tree.</summary>
    public static TempSite CopyOf(string fixture)
    {
        var site = new TempSite();
        var source = Path.Combine(AppContext.BaseDirectory, "Fixtures", "sites", fixture);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            site.Bytes(Path.GetRelativePath(source, file), System.IO.File.ReadAllBytes(file));
        }

        return site;
    }

    public string Output => Path.Combine(Root, "_site");

    public TempSite File(string relativePath, string text) => Bytes(relativePath, new UTF8Encoding(false).GetBytes(text));

    public TempSite Bytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return this;
    }

    public string Read(string relativePath) => System.IO.File.ReadAllText(Path.Combine(Root, relativePath));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
