using System.Collections.Immutable;

namespace OkrSite.Cli.Starter;

/// <summary>What <see cref="SiteFolder.Write"/> did with each file.</summary>
internal sealed record WriteOutcome(ImmutableArray<string> Written, ImmutableArray<(string Path, string Why)> Kept);

/// <summary>
/// The folder <c>okrsite new</c> writes into. Never loses a user's file: a file that exists is kept as it is, even
/// with --force, and nothing is written through a link inside the folder. Each file is written whole under a
/// temporary name beside it and renamed into place without replacing anything, so an interrupted run leaves only
/// complete files, and running it again writes the rest.
/// </summary>
internal static class SiteFolder
{
    /// <summary>The temporary name a file is written under before it is renamed into place.</summary>
    public static string TemporaryName(string fileName) => $".{fileName}.okrsite-new";

    /// <summary>
    /// The entries of <paramref name="root"/> that <c>new</c> would not have written itself (relative paths, folders
    /// with a trailing '/', links marked): an empty folder, or one left by an interrupted <c>new</c>, has none.
    /// </summary>
    public static ImmutableArray<string> Foreign(string root, IEnumerable<string> paths)
    {
        var ours = new HashSet<string>(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            ours.Add(path);
            var slash = path.LastIndexOf('/');
            ours.Add(slash < 0 ? TemporaryName(path) : $"{path[..(slash + 1)]}{TemporaryName(path[(slash + 1)..])}");
            for (var i = path.IndexOf('/'); i > 0; i = path.IndexOf('/', i + 1))
            {
                folders.Add(path[..i]);
            }
        }

        var foreign = new List<string>();
        var pending = new Stack<string>();
        pending.Push(string.Empty);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            var entries = new DirectoryInfo(Path.Combine(root, folder)).EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false });
            foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                var relative = folder.Length == 0 ? entry.Name : $"{folder}/{entry.Name}";
                if (ours.Contains(relative))
                {
                    // A starter file (kept if it exists in any form) or its temporary name (replaced, never followed).
                    continue;
                }

                if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    foreign.Add($"{relative} (a link)");
                }
                else if (entry is DirectoryInfo)
                {
                    if (folders.Contains(relative))
                    {
                        pending.Push(relative);
                    }
                    else
                    {
                        foreign.Add(relative + "/");
                    }
                }
                else
                {
                    foreign.Add(relative);
                }
            }
        }

        return [.. foreign.Order(StringComparer.Ordinal)];
    }

    public static WriteOutcome Write(string root, IEnumerable<StarterFile> files)
    {
        var written = ImmutableArray.CreateBuilder<string>();
        var kept = ImmutableArray.CreateBuilder<(string, string)>();
        foreach (var file in files)
        {
            if (Blocked(root, file.Path) is { } why)
            {
                kept.Add((file.Path, why));
            }
            else if (WriteNew(Path.Combine(root, file.Path), file.Content))
            {
                written.Add(file.Path);
            }
            else
            {
                kept.Add((file.Path, "it exists"));
            }
        }

        return new WriteOutcome(written.ToImmutable(), kept.ToImmutable());
    }

    /// <summary>Why <paramref name="path"/> cannot be written (a folder on its way is a link or a file), creating the missing folders.</summary>
    private static string? Blocked(string root, string path)
    {
        var segments = path.Split('/');
        var folder = root;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            folder = Path.Combine(folder, segments[i]);
            var shown = string.Join('/', segments[..(i + 1)]);
            if (IsLink(folder))
            {
                return $"{shown} is a link, and okrsite new writes nothing through a link";
            }

            if (File.Exists(folder))
            {
                return $"{shown} is a file, not a folder";
            }

            if (!Directory.Exists(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        return null;
    }

    /// <summary>Writes <paramref name="path"/> unless something is there already (a file, a folder or a link, even a dangling one).</summary>
    private static bool WriteNew(string path, byte[] content)
    {
        if (Exists(path))
        {
            return false;
        }

        var temporary = Path.Combine(Path.GetDirectoryName(path)!, TemporaryName(Path.GetFileName(path)));
        if (Exists(temporary) && !Directory.Exists(temporary))
        {
            // Left by an interrupted run (the name is ours); a link is removed as a link, never followed.
            File.Delete(temporary);
        }

        // CreateNew is O_EXCL: it never opens through a link someone placed under the temporary name.
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
        {
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
            return true;
        }
        catch (IOException) when (Exists(path))
        {
            // Someone wrote the file meanwhile: theirs stays.
            File.Delete(temporary);
            return false;
        }
    }

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path) || IsLink(path);

    /// <summary>Whether <paramref name="path"/> is a symbolic link, dangling or not (the attributes come from lstat).</summary>
    public static bool IsLink(string path)
    {
        try
        {
            return File.GetAttributes(path).HasFlag(FileAttributes.ReparsePoint);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
    }
}
