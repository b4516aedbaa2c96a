using OkrSite.Core.Diagnostics;
using OkrSite.Core.Render;

namespace OkrSite.Core.Write;

/// <summary>
/// The write stage: the whole output is written into a fresh folder beside the target and swapped in only when
/// every file was written, so a failed build leaves the previous site exactly as it was. On Linux the swap is one
/// atomic exchange; elsewhere two renames, with the old site restored by the next build if a kill falls between them.
/// </summary>
public static class SitePublisher
{
    private const string TempSuffix = ".okrsite-tmp";
    private const string OldSuffix = ".okrsite-old";

    public static bool Publish(string outputDirectory, string siteDirectory, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        if (Refusal(output, Path.GetFullPath(siteDirectory)) is { } reason)
        {
            diagnostics.Add(Codes.OutputRefused, SourceSpan.None, reason);
            return false;
        }

        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        CleanStrays(parent, name);
        var temp = Path.Combine(parent, $"{name}{TempSuffix}-{Environment.ProcessId}");
        var old = Path.Combine(parent, $"{name}{OldSuffix}-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(temp);
            var paths = files.Select(file => (File: file, Path: Inside(temp, file.Path))).ToList();
            foreach (var folder in paths.Select(p => Path.GetDirectoryName(p.Path)!).Distinct(StringComparer.Ordinal))
            {
                Directory.CreateDirectory(folder);
            }

            Parallel.ForEach(paths, p =>
            {
                File.WriteAllBytes(p.Path, p.File.Content);
                KeepTimestampIfUnchanged(p.Path, Path.Combine(output, p.File.Path), p.File.Content);
            });

            if (Directory.Exists(output) && AtomicSwap.TryExchange(temp, output))
            {
                // temp now holds the previous site.
                TryDelete(temp);
                return true;
            }

            if (Directory.Exists(output))
            {
                Directory.Move(output, old);
            }

            Directory.Move(temp, output);
            TryDelete(old);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or AggregateException)
        {
            // Put the previous output back if it had been moved aside.
            if (!Directory.Exists(output) && Directory.Exists(old))
            {
                Directory.Move(old, output);
            }

            TryDelete(temp);
            var cause = ex is AggregateException { InnerExceptions.Count: > 0 } many ? many.InnerExceptions[0] : ex;
            diagnostics.Add(Codes.OutputFailed, new SourceSpan(outputDirectory), $"the output could not be written ({cause.Message}); the previous output is unchanged");
            return false;
        }
    }

    /// <summary>The full path of an output file, which must stay inside the output folder whatever its name says.</summary>
    private static string Inside(string folder, string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(folder, relativePath));
        return path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new InvalidOperationException($"output path '{relativePath}' leaves the output folder");
    }

    /// <summary>
    /// A file whose bytes did not change keeps the time it was last written, so deploys that compare size and time
    /// (rsync, many upload tools) copy only what changed.
    /// </summary>
    private static void KeepTimestampIfUnchanged(string written, string previous, byte[] content)
    {
        var info = new FileInfo(previous);
        if (info.Exists && info.Length == content.Length && File.ReadAllBytes(previous).AsSpan().SequenceEqual(content))
        {
            File.SetLastWriteTimeUtc(written, info.LastWriteTimeUtc);
        }
    }

    /// <summary>Why the folder must not be replaced, or null when it may be.</summary>
    internal static string? Refusal(string output, string site)
    {
        var sep = Path.DirectorySeparatorChar;
        if (Path.GetPathRoot(output) == output + sep || output == Path.GetPathRoot(output))
        {
            return $"refusing to write the site to the root folder '{output}'; pass --out with a folder of its own";
        }

        if ((site + sep).StartsWith(output + sep, StringComparison.Ordinal))
        {
            return $"refusing to replace '{output}': it contains the site itself; pass --out with a folder of its own, such as _site";
        }

        if (Directory.Exists(output)
            && Directory.EnumerateFileSystemEntries(output).Any()
            && !File.Exists(Path.Combine(output, ReportJson.FileName)))
        {
            return $"refusing to replace '{output}': it is not empty and has no {ReportJson.FileName}, so OkrSite did not write it; delete it or choose another --out";
        }

        return null;
    }

    /// <summary>Removes temporary folders left by a build that was killed half-way.</summary>
    private static void CleanStrays(string parent, string name)
    {
        if (!Directory.Exists(parent))
        {
            Directory.CreateDirectory(parent);
            return;
        }

        foreach (var stray in Directory.EnumerateDirectories(parent, $"{name}.okrsite-*"))
        {
            var suffix = Path.GetFileName(stray)[name.Length..];
            var output = Path.Combine(parent, name);
            if (suffix.StartsWith(OldSuffix + "-", StringComparison.Ordinal) && !Directory.Exists(output))
            {
                // Killed between moving the old site aside and moving the new one in: the old site is the last good one.
                Directory.Move(stray, output);
            }
            else if (suffix.StartsWith(TempSuffix + "-", StringComparison.Ordinal) || suffix.StartsWith(OldSuffix + "-", StringComparison.Ordinal))
            {
                TryDelete(stray);
            }
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A stray folder that cannot be removed now is removed by the next build.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
