using System.Globalization;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Write;

/// <summary>
/// The write stage: the whole output is written into a fresh folder beside the target (<see cref="StagingFolder"/>)
/// and swapped in only when every file was written, so a failed build leaves the previous site exactly as it was.
/// On Linux the swap is one atomic exchange; elsewhere two renames, with the old site restored by the next build if
/// a kill falls between them. Everything from cleaning leftovers to deleting the old site happens while holding
/// the output's lock (<see cref="OutputLock"/>), and OkrSite only ever deletes what carries its marker.
/// Two phases: <c>using var staging = SitePublisher.Begin(...)</c>, then <c>staging.Fill(render, ...)</c>, then
/// <c>staging.Commit(...)</c>; disposing without a commit leaves the previous output as it was.
/// </summary>
internal static class SitePublisher
{
    public static readonly TimeSpan DefaultLockTimeout = TimeSpan.FromSeconds(300);
    private const string TempSuffix = ".okrsite-tmp";
    private const string OldSuffix = ".okrsite-old";
    private const int NamedAtMost = 20;

    /// <summary>
    /// Takes the output's lock and opens a staging folder for <paramref name="outputDirectory"/>; null (with an error)
    /// when it may not be replaced or another build kept it longer than <paramref name="lockTimeout"/>.
    /// <paramref name="waiting"/> is told once when another build holds the lock.
    /// </summary>
    public static StagingFolder? Begin(string outputDirectory, string siteDirectory, DiagnosticBag diagnostics, TimeSpan? lockTimeout = null, Action<string>? waiting = null)
    {
        if (Resolve(outputDirectory, diagnostics) is not { } output)
        {
            return null;
        }

        if (Refusal(output, Path.GetFullPath(siteDirectory)) is { } reason)
        {
            diagnostics.Add(Codes.OutputRefused, SourceSpan.None, reason);
            return null;
        }

        // A folder that is not OkrSite's at all is refused before a lock file is put beside it.
        if (!MayReplace(PreviousOutput.Inspect(output, walk: false), output, diagnostics))
        {
            return null;
        }

        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        OutputLock? held = null;
        try
        {
            Directory.CreateDirectory(parent);
            var timeout = lockTimeout ?? DefaultLockTimeout;
            int? holder = null;
            held = OutputLock.Acquire(output, timeout, pid =>
            {
                holder = pid;
                waiting?.Invoke($"waiting for another build ({(pid is { } p ? string.Create(CultureInfo.InvariantCulture, $"pid {p}") : "pid unknown")}) to finish writing {output}…");
            });
            if (held is null)
            {
                var who = holder is { } p ? string.Create(CultureInfo.InvariantCulture, $"another build (pid {p})") : "another build";
                diagnostics.Add(Codes.OutputLocked, new SourceSpan(output), string.Create(CultureInfo.InvariantCulture, $"{who} was still writing the output after {timeout.TotalSeconds:0} s (--lock-timeout); wait for it to finish, raise --lock-timeout, or build into another --out; the lock is '{OutputLock.PathFor(output)}'"));
                return null;
            }

            // Checked here so a refusal comes before the render stages, and again by Commit just before the swap.
            CleanStrays(parent, name);
            if (!MayReplace(PreviousOutput.Inspect(output, fileTypes: false), output, diagnostics))
            {
                return null;
            }

            var staging = new StagingFolder(output, FreshName(parent, name + TempSuffix), FreshName(parent, name + OldSuffix), held);
            held = null;
            return staging;
        }
        catch (LockFileException ex)
        {
            diagnostics.Add(Codes.LockFileRefused, new SourceSpan(ex.LockPath), $"the lock file beside the output is a link, a folder or a special file, so OkrSite will not open it; delete '{ex.LockPath}' (OkrSite creates it as a plain file)");
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Codes.OutputFailed, new SourceSpan(output), WriteFailure.Describe(ex, output));
            return null;
        }
        finally
        {
            held?.Dispose();
        }
    }

    /// <summary>Writes <paramref name="files"/> as the new output in one go.</summary>
    public static bool Publish(string outputDirectory, string siteDirectory, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics, TimeSpan? lockTimeout = null)
    {
        using var staging = Begin(outputDirectory, siteDirectory, diagnostics, lockTimeout);
        return staging is not null
            && staging.Fill(sink => Parallel.ForEach(files, f => sink.Write(f.Path, f.Content)), diagnostics)
            && staging.Commit(diagnostics);
    }

    /// <summary>
    /// The folder the output goes into: --out in full, or the final target when --out is a link (a deploy layout such
    /// as current -> releases/v1 keeps its link, and the new site lands in releases/v1). Null with OKR0901 when there is none.
    /// </summary>
    internal static string? Resolve(string outputDirectory, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(outputDirectory))
        {
            diagnostics.Add(Codes.OutputRefused, SourceSpan.None, "no output folder was given; pass --out with a folder of its own, such as _site");
            return null;
        }

        var full = Path.GetFullPath(outputDirectory);
        var trimmed = full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        full = trimmed.Length == 0 || Path.GetPathRoot(full) == full ? full : trimmed;
        if (FileKind.Of(full) != EntryKind.Link)
        {
            return full;
        }

        FileSystemInfo? target;
        try
        {
            target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException ex)
        {
            diagnostics.Add(Codes.OutputRefused, new SourceSpan(full), $"--out '{full}' is a link that cannot be followed ({ex.Message}); point it at a folder or pass another --out");
            return null;
        }

        var final = target is null ? null : Path.GetFullPath(target.FullName);
        var kind = final is null ? EntryKind.Missing : FileKind.Of(final);
        if (kind == EntryKind.Directory)
        {
            return final!.TrimEnd(Path.DirectorySeparatorChar);
        }

        diagnostics.Add(Codes.OutputRefused, new SourceSpan(full), kind == EntryKind.Missing
            ? $"--out '{full}' is a link to '{final}', which does not exist; create that folder, point the link at a folder, or pass another --out"
            : $"--out '{full}' is a link to '{final}', which is not a folder; point the link at a folder or pass another --out");
        return null;
    }

    /// <summary>Why the folder must never be the output whatever it holds, or null when it may be.</summary>
    internal static string? Refusal(string output, string site)
    {
        var sep = Path.DirectorySeparatorChar;
        if (Path.GetPathRoot(output) == output + sep || output == Path.GetPathRoot(output))
        {
            return $"refusing to write the site to the root folder '{output}'; pass --out with a folder of its own";
        }

        if ((site.TrimEnd(sep) + sep).StartsWith(output + sep, StringComparison.Ordinal))
        {
            return $"refusing to replace '{output}': it contains the site itself; pass --out with a folder of its own, such as _site";
        }

        return null;
    }

    /// <summary>Reports why <paramref name="verdict"/> forbids replacing <paramref name="output"/>; true when it allows it.</summary>
    internal static bool MayReplace(PreviousOutput.Verdict verdict, string output, DiagnosticBag diagnostics)
    {
        if (verdict.Refusal is { } refusal)
        {
            diagnostics.Add(Codes.OutputRefused, SourceSpan.None, refusal);
            return false;
        }

        foreach (var entry in verdict.Foreign.Take(NamedAtMost))
        {
            var full = Path.Combine(output, entry.TrimEnd('/'));
            var what = FileKind.Of(full) switch
            {
                EntryKind.Link => "link",
                EntryKind.Directory => "folder",
                EntryKind.Special => "special file",
                _ => "file",
            };
            diagnostics.Add(Codes.OutputForeignEntry, new SourceSpan(full), $"OkrSite did not write this {what} in the previous output, so it will not delete it by replacing the output; move it out of '{output}' (a file the site should publish belongs in the theme's assets/ folder) or delete it, then build again");
        }

        if (verdict.Foreign.Count > NamedAtMost)
        {
            diagnostics.Add(Codes.OutputForeignEntry, new SourceSpan(output), string.Create(CultureInfo.InvariantCulture, $"and {verdict.Foreign.Count - NamedAtMost} more entries OkrSite did not write; move them out or delete them, then build again"));
        }

        return verdict.MayReplace;
    }

    /// <summary>
    /// Removes what a killed build left beside the output, or restores the old site when the kill fell between the
    /// two renames. Called only while holding the output's lock, so no live build owns any of them; only real
    /// folders carrying OkrSite's marker are touched, never a link or an unmarked folder of the same name.
    /// </summary>
    private static void CleanStrays(string parent, string name)
    {
        var output = Path.Combine(parent, name);
        foreach (var stray in Directory.EnumerateFileSystemEntries(parent, $"{name}.okrsite-*").Order(StringComparer.Ordinal))
        {
            var suffix = Path.GetFileName(stray)[name.Length..];
            var old = suffix.StartsWith(OldSuffix + "-", StringComparison.Ordinal);
            if (!(old || suffix.StartsWith(TempSuffix + "-", StringComparison.Ordinal))
                || FileKind.Of(stray) != EntryKind.Directory
                || OutputMarker.Read(stray).Marker is null)
            {
                continue;
            }

            if (old && FileKind.Of(output) == EntryKind.Missing)
            {
                // Killed between moving the old site aside and moving the new one in: the old site is the last good one.
                Directory.Move(stray, output);
            }
            else
            {
                SafeDelete.TryTree(stray, OutputMarker.FileName);
            }
        }
    }

    /// <summary>The staging (or old) folder name of this process; a leftover this build may not remove gets a new number.</summary>
    private static string FreshName(string parent, string prefix)
    {
        var path = Path.Combine(parent, string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(prefix)}-{Environment.ProcessId}"));
        for (var n = 2; FileKind.Of(path) != EntryKind.Missing; n++)
        {
            path = Path.Combine(parent, string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(prefix)}-{Environment.ProcessId}-{n}"));
        }

        return path;
    }
}
