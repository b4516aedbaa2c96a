using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Static;
using OkrSite.Core.Model;
using OkrSite.Core.Write;

namespace OkrSite.Core.Render;

/// <summary>
/// Copies static/ into the output after every generated file is written, so that a static file that would land on
/// one of them (or on its folder, or be a folder where one is a file) is found and refused, naming both: a static
/// index.html must never silently replace the dashboard, nor the dashboard the file the author meant to publish.
/// </summary>
internal static class StaticCopy
{
    /// <summary>Writes each static file that collides with nothing; returns how many were written.</summary>
    public static int Write(StaticFolder statics, WrittenPaths output, DiagnosticBag diagnostics)
    {
        if (statics.Files.Count == 0)
        {
            return 0;
        }

        var generated = output.Paths;
        var folders = new HashSet<string>(generated.SelectMany(FoldersOf), StringComparer.Ordinal);
        var written = 0;
        foreach (var file in statics.Files)
        {
            if (Collision(file.OutputPath, output, folders, generated) is { } what)
            {
                diagnostics.Add(Codes.StaticCollision, new SourceSpan(file.SitePath), $"{file.SitePath} would be copied to {file.OutputPath}, {what}; rename or move the static file");
                continue;
            }

            output.WriteStream(file.OutputPath, stream =>
            {
                using var source = statics.Open(file);
                source.CopyTo(stream);
            });
            written++;
        }

        return written;
    }

    private static string? Collision(string path, WrittenPaths output, HashSet<string> folders, IReadOnlyList<string> generated)
    {
        if (path == OutputMarker.FileName)
        {
            return "the marker by which OkrSite knows its output folder";
        }

        if (output.Contains(path))
        {
            return $"where OkrSite writes the generated {Describe(path)}";
        }

        if (folders.Contains(path))
        {
            var inside = generated.First(g => g.StartsWith(path + "/", StringComparison.Ordinal));
            return $"a file where OkrSite writes the folder {path}/ (with {inside})";
        }

        return FoldersOf(path).FirstOrDefault(output.Contains) is { } file
            ? $"inside {file}/, but OkrSite writes {Describe(file)} as a file there"
            : null;
    }

    private static string Describe(string path) => path switch
    {
        SitePaths.ReportJson or SitePaths.ReportSchema => path,
        _ when path.EndsWith(".html", StringComparison.Ordinal) => $"page {path}",
        _ when path.EndsWith(".svg", StringComparison.Ordinal) && !path.StartsWith("assets/", StringComparison.Ordinal) => $"chart {path}",
        _ => $"file {path}",
    };

    /// <summary>"a/b/c.txt" → "a", "a/b".</summary>
    private static IEnumerable<string> FoldersOf(string path)
    {
        for (var slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1))
        {
            yield return path[..slash];
        }
    }
}
