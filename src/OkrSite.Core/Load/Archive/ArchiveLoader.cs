using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Json.Schema;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Config;
using OkrSite.Core.Load.FileSystem;
using OkrSite.Core.Model;

namespace OkrSite.Core.Load.Archive;

/// <summary>
/// Reads content/archive/*.json (written by okrsite freeze) through the <see cref="SiteFileSystem"/>: each file is
/// checked against docs/schema/archive.schema.json (embedded) before it is read, so a bad one is a diagnostic with
/// its line, never a crash, and is not shown.
/// </summary>
internal static class ArchiveLoader
{
    public const string Folder = "content/archive";

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    // A registry of its own: the global one refuses a second schema with the same $id (a test, a tool reading docs/schema).
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(Encoding.UTF8.GetString(ArchiveSchema()), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    /// <summary>The embedded archive schema, as published in docs/schema/.</summary>
    public static byte[] ArchiveSchema()
    {
        using var stream = typeof(ArchiveLoader).Assembly.GetManifestResourceStream("OkrSite.Core.archive.schema.json")
            ?? throw new InvalidOperationException("archive.schema.json is not embedded in OkrSite.Core");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>The path of a period's archive, relative to the site folder.</summary>
    public static string PathOf(Period period) => $"{Folder}/{period}.json";

    /// <summary>Every archive that reads, sorted by period; one per period, since the file is named after it.</summary>
    public static ImmutableArray<PeriodArchive> Load(SiteFileSystem site, DiagnosticBag diagnostics)
    {
        var listing = site.List(Folder, 1, name => name.EndsWith(".json", StringComparison.Ordinal));
        foreach (var problem in listing.Problems)
        {
            EntryCodes.Content.Report(problem, diagnostics);
        }

        var archives = new List<PeriodArchive>();
        foreach (var file in listing.Files)
        {
            if (SiteFiles.ReadText(site, file, diagnostics) is { } text && Parse(file.Path, text, diagnostics) is { } archive)
            {
                archives.Add(archive);
            }
        }

        return [.. archives.OrderBy(a => a.Period)];
    }

    /// <summary>One archive file's text: its archive, or null with the diagnostics that say why not.</summary>
    public static PeriodArchive? Parse(string file, string text, DiagnosticBag diagnostics)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var start = new SourceSpan(file, 1, 1);
        JsonDocument document;
        JsonPositions.Result positions;
        try
        {
            document = JsonDocument.Parse(bytes, DocumentOptions);
            positions = JsonPositions.Read(bytes, file, new JsonReaderOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            var message = ex.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            message = cut > 0 ? message[..cut] : message;
            diagnostics.Add(Codes.ArchiveInvalidJson, new SourceSpan(file, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1), $"the archive is not valid JSON: {message.TrimEnd('.')}");
            return null;
        }
        catch (InvalidOperationException)
        {
            diagnostics.Add(Codes.ArchiveInvalidJson, start, "the archive has a \\u escape that is not a valid character (a lone surrogate such as \\ud800)");
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            SourceSpan At(string path) => positions.Positions.GetValueOrDefault(path, start);
            if (positions.Duplicates.Count > 0)
            {
                var duplicate = positions.Duplicates[0];
                diagnostics.Add(Codes.ArchiveInvalid, duplicate.At, $"'{duplicate.Path}' is given twice (first on line {duplicate.First.Line}); an archive has each key once");
                return null;
            }

            var results = Schema.Value.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
            if (!results.IsValid)
            {
                var (path, message) = FirstError(results);
                diagnostics.Add(Codes.ArchiveInvalid, At(path), path.Length == 0 ? $"the archive does not match the archive format: {message}" : $"'{path}' does not match the archive format: {message}");
                return null;
            }

            if (ArchiveFormat.Problem(root) is { } problem)
            {
                diagnostics.Add(Codes.ArchiveInvalid, At(problem.Path), $"'{problem.Path}': {problem.Problem}");
                return null;
            }

            var archive = ArchiveFormat.Read(root, file, positions.Positions);
            var expected = PathOf(archive.Period);
            if (!string.Equals(file, expected, StringComparison.Ordinal))
            {
                diagnostics.Add(Codes.ArchiveWrongName, At("period"), $"the archive holds period {archive.Period}, so its file must be {expected}; it is not shown");
                return null;
            }

            return archive;
        }
    }

    /// <summary>
    /// The deepest failing location with its message, as a JsonPositions path ("objectives[0].keyResults[1].target").
    /// Only failing nodes are walked: the branch of an anyOf that did not match, inside one that did, is no error.
    /// </summary>
    private static (string Path, string Message) FirstError(EvaluationResults results)
    {
        (string Pointer, string Message)? deepest = null;
        void Walk(EvaluationResults node)
        {
            if (node.IsValid)
            {
                return;
            }

            if (node.Errors is { Count: > 0 } errors)
            {
                var pointer = node.InstanceLocation.ToString();
                var message = errors.OrderBy(e => e.Key, StringComparer.Ordinal).First().Value;
                if (deepest is null || pointer.Count(c => c == '/') > deepest.Value.Pointer.Count(c => c == '/'))
                {
                    deepest = (pointer, message);
                }
            }

            foreach (var child in node.Details ?? [])
            {
                Walk(child);
            }
        }

        Walk(results);
        if (deepest is not { } found)
        {
            return (string.Empty, "it is not an archive");
        }

        var path = new StringBuilder();
        foreach (var segment in found.Pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (int.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
            {
                path.Append('[').Append(index).Append(']');
            }
            else
            {
                path.Append(path.Length == 0 ? string.Empty : ".").Append(name);
            }
        }

        return (path.ToString(), found.Message);
    }
}
