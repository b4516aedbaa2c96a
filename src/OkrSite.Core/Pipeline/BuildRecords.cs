using System.Globalization;
using System.Text.Json;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.IO;
using OkrSite.Core.Load.FileSystem;
using OkrSite.Core.Model;
using OkrSite.Core.Render.Cache;
using OkrSite.Core.Write;

namespace OkrSite.Core.Pipeline;

/// <summary>
/// The records of builds in the cache folder, one per output (<c>builds/&lt;hash of the output's path&gt;.json</c>),
/// and the check that skips a build when its record still holds. Written only into a cache folder OkrSite tagged,
/// through a temporary file and a rename, by the build that holds the output's lock; read only from a regular file.
/// A record that is missing, damaged, of another format or another tool is no record: the build simply runs.
/// </summary>
internal static class BuildRecords
{
    public const string Folder = "builds";

    /// <summary>The outcome of <see cref="Check"/>: the record to replay (null: build), how much was looked at, and the words for --timings.</summary>
    public sealed record Verdict(BuildRecord? Record, int Checked, string Words);

    /// <summary>Whether the last recorded build of this output still stands: every input and every output file as recorded.</summary>
    public static Verdict Check(BuildOptions options)
    {
        if (PathOf(options) is not { } path || Read(path) is not { } record)
        {
            return new Verdict(null, 0, "inputs: no record of an earlier build of this output");
        }

        var output = Output(options)!;
        var mismatch = record.Format != BuildRecord.CurrentFormat ? "the record is of another format"
            : record.Tool != BuildRecord.ToolIdentity ? "the record is of another build of OkrSite"
            : record.Options != BuildRecord.OptionsKey(options, output) || record.Output.Folder != output ? "the options differ from the recorded build's"
            : null;
        if (mismatch is not null)
        {
            return new Verdict(null, 0, $"inputs: {mismatch}");
        }

        var now = InputCheck.NowNs();
        var looked = record.Inputs.Probes.Count + record.Inputs.Folders.Count + record.Inputs.Files.Count;
        if (InputCheck.FirstChange(record.Inputs, now, out var refreshed) is { } changed)
        {
            return new Verdict(null, looked, $"inputs: {changed}");
        }

        looked += record.Output.Files.Count + record.Output.Folders.Count;
        if (record.Output.FirstChange() is { } touched)
        {
            return new Verdict(null, looked, $"inputs and output files: {touched}");
        }

        if (refreshed is not null)
        {
            // Stamps that moved without a change of bytes (touch, a fresh checkout) are taken as they now are, so
            // the next check compares stamps again instead of reading those files.
            Write(path, record with { Inputs = refreshed });
        }

        return new Verdict(record, looked, "inputs and output files, all unchanged: the output is up to date");
    }

    /// <summary>The result of a skipped build: the recorded build's diagnostics, summary and file count.</summary>
    public static BuildResult Replay(BuildRecord record, IReadOnlyList<StageTiming> timings) =>
        new(null, record.Diagnostics, [], Published: true)
        {
            Timings = timings,
            FileCount = record.FileCount,
            Summary = record.Summary,
            UpToDate = true,
        };

    /// <summary>
    /// Records a build that has just committed <paramref name="staging"/>: called under the output's lock. A build
    /// whose inputs changed while it read them is not recorded (and the record before it is removed), so the next
    /// build runs.
    /// </summary>
    public static void Save(BuildOptions options, long startedNs, InputLog log, StagingFolder staging, Report report, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (PathOf(options) is not { } path || diagnostics.Any(d => d.IsError))
        {
            return;
        }

        if (log.Unstable is not null)
        {
            Delete(path);
            return;
        }

        var record = new BuildRecord(
            BuildRecord.CurrentFormat,
            BuildRecord.ToolIdentity,
            BuildRecord.OptionsKey(options, staging.Output),
            startedNs,
            log.ToSet(startedNs),
            OutputStamps.Take(staging.Output, staging.Files),
            diagnostics,
            BuildSummary.Of(report),
            staging.Count);
        Write(path, record);
    }

    /// <summary>The output folder with a link at --out resolved, as the write stage resolves it; null when there is none.</summary>
    private static string? Output(BuildOptions options) => SitePublisher.Resolve(options.ResolvedOutput, new DiagnosticBag());

    /// <summary>Where the record of this output lives; null without a cache folder that OkrSite tagged.</summary>
    private static string? PathOf(BuildOptions options)
    {
        if (options.ResolvedCache is not { } cache || Output(options) is not { } output)
        {
            return null;
        }

        var root = Path.GetFullPath(cache);
        if (NativeFiles.Kind(Path.Combine(root, ChartCache.TagFile), followLinks: false).Kind != NodeType.Regular)
        {
            return null;
        }

        var name = InputLog.Digest(output)[..32] + ".json";
        return Path.Combine(root, Folder, name);
    }

    private static BuildRecord? Read(string path)
    {
        try
        {
            if (NativeFiles.Kind(path, followLinks: false).Kind != NodeType.Regular)
            {
                return null;
            }

            var record = JsonSerializer.Deserialize(File.ReadAllBytes(path), BuildRecordJson.Default.BuildRecord);
            return record is { Inputs: not null, Output: { Files.Count: > 0 }, Diagnostics: not null, Summary: not null } ? record : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or NotSupportedException or ArgumentException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static void Write(string path, BuildRecord record)
    {
        var folder = Path.GetDirectoryName(path)!;
        var temp = string.Create(CultureInfo.InvariantCulture, $"{path}.{Environment.ProcessId}.tmp");
        try
        {
            var kind = NativeFiles.Kind(folder, followLinks: false).Kind;
            if (kind == NodeType.None)
            {
                Directory.CreateDirectory(folder);
            }
            else if (kind != NodeType.Directory)
            {
                // A link or a file where the records go: left alone, and no record is kept.
                return;
            }

            // A new file of its own: an entry left at the temporary name (a link, say) is removed, never written through.
            TryDelete(temp);
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                JsonSerializer.Serialize(file, record, BuildRecordJson.Default.BuildRecord);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A record that cannot be written only costs the next build its shortcut.
            TryDelete(temp);
        }
    }

    private static void Delete(string path)
    {
        if (NativeFiles.Kind(path, followLinks: false).Kind == NodeType.Regular)
        {
            TryDelete(path);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next build to replace.
        }
    }
}
