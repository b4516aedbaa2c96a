using System.Diagnostics;
using System.Security.Cryptography;

namespace OkrSite.Tests.Write.Hostile;

/// <summary>
/// A folder of files that OkrSite must never delete or change, with nested folders so that a delete that walks
/// into it through a link would reach them. <see cref="AssertIntact"/> checks every file byte for byte.
/// </summary>
public sealed class Precious
{
    private readonly Dictionary<string, string> _hashes = new(StringComparer.Ordinal);

    public Precious(string folder)
    {
        Folder = folder;
        foreach (var (path, text) in new[] { ("thesis.docx", "four years of work"), ("photos/2019/beach.jpg", "sand"), ("photos/2020/snow.jpg", "ice"), ("deep/er/still/key.pem", "secret") })
        {
            var full = System.IO.Path.Combine(folder, path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            _hashes[file] = Hash(file);
        }
    }

    public string Folder { get; }

    /// <summary>One of the files, for links to a file.</summary>
    public string AFile => System.IO.Path.Combine(Folder, "thesis.docx");

    public void AssertIntact()
    {
        Assert.All(_hashes, kv =>
        {
            Assert.True(File.Exists(kv.Key), $"{kv.Key} was deleted");
            Assert.Equal(kv.Value, Hash(kv.Key));
        });
    }

    private static string Hash(string file) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));

    /// <summary>Every file under <paramref name="folder"/> (links are not followed) with its hash.</summary>
    public static Dictionary<string, string> Snapshot(string folder)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
            {
                files[System.IO.Path.GetRelativePath(folder, file).Replace('\\', '/')] = new FileInfo(file).LinkTarget is { } target ? "link:" + target : Hash(file);
            }
        }

        return files;
    }

    public static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
