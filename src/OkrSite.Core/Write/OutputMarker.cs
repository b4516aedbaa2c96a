using System.Text.Json;
using System.Text.Json.Serialization;

namespace OkrSite.Core.Write;

/// <summary>
/// <c>.okrsite-output</c>, the proof that a folder is one OkrSite wrote: the generator, a format version and the
/// sorted list of every file it wrote (the manifest). A staging folder carries one with an empty list from the
/// moment it exists; the full list replaces it just before the swap. Nothing in it varies between two builds of
/// the same input (no time, pid or random id), so the output folder stays byte-identical.
/// </summary>
internal sealed record OutputMarker(string Generator, int Format, IReadOnlyList<string> Files)
{
    public const string FileName = ".okrsite-output";
    public const string GeneratorName = "OkrSite";
    public const int CurrentFormat = 1;

    public static OutputMarker For(IEnumerable<string> files) => new(GeneratorName, CurrentFormat, [.. files.Order(StringComparer.Ordinal)]);

    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteString("generator", Generator);
            json.WriteNumber("format", Format);
            json.WriteStartArray("files");
            foreach (var file in Files)
            {
                json.WriteStringValue(file);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.Write("\n"u8);
        return buffer.ToArray();
    }

    /// <summary>The marker in <paramref name="folder"/>, or null with the reason when there is none OkrSite wrote.</summary>
    public static (OutputMarker? Marker, string? Problem) Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        var (kind, size) = FileKind.Stat(path);
        if (kind == EntryKind.Missing)
        {
            return (null, $"it has no {FileName} marker");
        }

        if (kind != EntryKind.File)
        {
            return (null, $"its {FileName} is not a regular file");
        }

        try
        {
            var parsed = JsonSerializer.Deserialize(File.ReadAllBytes(path), MarkerJson.Default.OutputMarker);
            return parsed is { Generator: GeneratorName, Format: CurrentFormat, Files: not null } && parsed.Files.All(IsSafe)
                ? (parsed, null)
                : (null, $"its {FileName} was not written by this OkrSite (format {parsed?.Format})");
        }
        catch (JsonException)
        {
            return (null, $"its {FileName} ({size} bytes) is damaged");
        }
    }

    /// <summary>A listed path is relative, '/'-separated and never leaves the folder, whatever the file says.</summary>
    private static bool IsSafe(string path) =>
        path.Length > 0 && path[0] != '/' && !path.Contains('\\', StringComparison.Ordinal) && !path.Contains('\0', StringComparison.Ordinal)
        && path.Split('/').All(part => part is not ("" or "." or ".."));
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(OutputMarker))]
internal sealed partial class MarkerJson : JsonSerializerContext;
