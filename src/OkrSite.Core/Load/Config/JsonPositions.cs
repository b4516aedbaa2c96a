using System.Text.Json;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Load.Config;

/// <summary>
/// Maps each property path of a JSON document ("scoring.success", "data[1]") to the line and column of its name
/// (of the value, for an array element), and finds keys given twice in one object. System.Text.Json's DOM keeps no
/// positions and accepts duplicate keys silently, so one pass of its reader records both for diagnostics.
/// </summary>
internal static class JsonPositions
{
    public sealed record Duplicate(string Path, SourceSpan At, SourceSpan First);

    public sealed record Result(Dictionary<string, SourceSpan> Positions, IReadOnlyList<Duplicate> Duplicates);

    public static Result Read(ReadOnlySpan<byte> utf8, string file, JsonReaderOptions options)
    {
        var positions = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        var duplicates = new List<Duplicate>();
        var lineStarts = LineStarts(utf8);
        var reader = new Utf8JsonReader(utf8, options);
        var frames = new Stack<Frame>();
        string? pendingPath = null;
        while (reader.Read())
        {
            var at = At(lineStarts, (int)reader.TokenStartIndex, file);
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var name = reader.GetString() ?? string.Empty;
                    var parent = frames.Peek();
                    var full = parent.Path.Length == 0 ? name : $"{parent.Path}.{name}";
                    if (!parent.Names!.TryAdd(name, at))
                    {
                        duplicates.Add(new Duplicate(full, at, parent.Names[name]));
                    }

                    positions.TryAdd(full, at);
                    pendingPath = full;
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    var path = pendingPath ?? ElementPath(frames, positions, at) ?? string.Empty;
                    frames.Push(new Frame(path, reader.TokenType == JsonTokenType.StartObject ? new Dictionary<string, SourceSpan>(StringComparer.Ordinal) : null));
                    pendingPath = null;
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    frames.Pop();
                    break;
                default:
                    if (pendingPath is null)
                    {
                        ElementPath(frames, positions, at);
                    }

                    pendingPath = null;
                    break;
            }
        }

        return new Result(positions, duplicates);
    }

    /// <summary>The path of the next element of the array being read ("data[2]"), recorded; null outside an array.</summary>
    private static string? ElementPath(Stack<Frame> frames, Dictionary<string, SourceSpan> positions, SourceSpan at)
    {
        if (frames.Count == 0 || frames.Peek().Names is not null)
        {
            return null;
        }

        var array = frames.Peek();
        var path = $"{array.Path}[{array.Index++}]";
        positions.TryAdd(path, at);
        return path;
    }

    private static List<int> LineStarts(ReadOnlySpan<byte> utf8)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static SourceSpan At(List<int> lineStarts, int offset, string file)
    {
        var index = lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return new SourceSpan(file, line + 1, offset - lineStarts[line] + 1);
    }

    /// <summary>An object (with the names seen in it) or an array (with the index of its next element) being read.</summary>
    private sealed class Frame(string path, Dictionary<string, SourceSpan>? names)
    {
        public string Path { get; } = path;

        public Dictionary<string, SourceSpan>? Names { get; } = names;

        public int Index { get; set; }
    }
}
