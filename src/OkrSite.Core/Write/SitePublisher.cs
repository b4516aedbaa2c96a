using OkrSite.Core.Diagnostics;
using OkrSite.Core.Render;

namespace OkrSite.Core.Write;

/// <summary>
/// The write stage: the whole output is written into a fresh folder beside the target (<see cref="StagingFolder"/>)
/// and swapped in only when every file was written, so a failed build leaves the previous site exactly as it was.
/// On Linux the swap is one atomic exchange; elsewhere two renames, with the old site restored by the next build if
/// a kill falls between them.
/// </summary>
public static class SitePublisher
{
    private const string TempSuffix = ".okrsite-tmp";
    private const string OldSuffix = ".okrsite-old";

    /// <summary>Opens a staging folder for <paramref name="outputDirectory"/>; null (with an error) when it may not be replaced.</summary>
    public static StagingFolder? Begin(string outputDirectory, string siteDirectory, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        if (Refusal(output, Path.GetFullPath(siteDirectory)) is { } reason)
        {
            diagnostics.Add(Codes.OutputRefused, SourceSpan.None, reason);
            return null;
        }

        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        try
        {
            CleanStrays(parent, name);
            return new StagingFolder(
                output,
                Path.Combine(parent, $"{name}{TempSuffix}-{Environment.ProcessId}"),
                Path.Combine(parent, $"{name}{OldSuffix}-{Environment.ProcessId}"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Codes.OutputFailed, new SourceSpan(outputDirectory), $"the output could not be written ({ex.Message}); the previous output is unchanged");
            return null;
        }
    }

    /// <summary>Writes <paramref name="files"/> as the new output in one go.</summary>
    public static bool Publish(string outputDirectory, string siteDirectory, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        using var staging = Begin(outputDirectory, siteDirectory, diagnostics);
        return staging is not null && Complete(staging, outputDirectory, diagnostics, () => Parallel.ForEach(files, f => staging.Write(f.Path, f.Content)));
    }

    /// <summary>
    /// Runs <paramref name="writes"/> and, when <paramref name="commit"/>, makes the staged files the output; any I/O
    /// failure becomes a diagnostic and leaves the previous output. <paramref name="staging"/> may be null when the
    /// writes go to memory.
    /// </summary>
    public static bool Complete(StagingFolder? staging, string outputDirectory, DiagnosticBag diagnostics, Action writes, bool commit = true)
    {
        try
        {
            writes();
            if (commit)
            {
                staging?.Commit();
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or AggregateException)
        {
            var cause = ex is AggregateException { InnerExceptions.Count: > 0 } many ? many.InnerExceptions[0] : ex;
            diagnostics.Add(Codes.OutputFailed, new SourceSpan(outputDirectory), $"the output could not be written ({cause.Message}); the previous output is unchanged");
            return false;
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

    internal static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                // A site is thousands of page folders; unlinking them one by one was most of a rebuild's write stage
                // on a large site, so the folders under the top level are removed on all cores.
                var tops = Directory.GetDirectories(folder);
                Parallel.ForEach(tops.SelectMany(Directory.EnumerateDirectories).ToList(), sub => Directory.Delete(sub, recursive: true));
                Parallel.ForEach(tops, top => Directory.Delete(top, recursive: true));
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is IOException or UnauthorizedAccessException))
        {
        }
        catch (IOException)
        {
            // A stray folder that cannot be removed now is removed by the next build.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Removes temporary folders left by a build that was killed half-way.</summary>
    private static void CleanStrays(string parent, string name)
    {
        if (!Directory.Exists(parent))
        {
            Directory.CreateDirectory(parent);
            return;
        }

        var output = Path.Combine(parent, name);
        foreach (var stray in Directory.EnumerateDirectories(parent, $"{name}.okrsite-*"))
        {
            var suffix = Path.GetFileName(stray)[name.Length..];
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
}
