using System.Text.Json;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Load.Config;

/// <summary>
/// Maps each property path of a JSON document ("scoring.success") to the line and column of its name.
/// System.Text.Json's DOM keeps no positions, so one pass of its reader records them for diagnostics.
/// </summary>
internal static class JsonPositions
{
    public static Dictionary<string, SourceSpan> Read(ReadOnlySpan<byte> utf8, string file, JsonReaderOptions options)
    {
        var positions = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        var lineStarts = LineStarts(utf8);
        var reader = new Utf8JsonReader(utf8, options);
        var path = new Stack<string>();
        string? pendingName = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var name = reader.GetString() ?? string.Empty;
                    var full = path.Count == 0 ? name : $"{string.Join('.', path.Reverse())}.{name}";
                    positions.TryAdd(full, At(lineStarts, (int)reader.TokenStartIndex, file));
                    pendingName = name;
                    break;
                case JsonTokenType.StartObject:
                    if (pendingName is not null)
                    {
                        path.Push(pendingName);
                    }
                    else if (reader.CurrentDepth > 0)
                    {
                        path.Push("[]");
                    }

                    pendingName = null;
                    break;
                case JsonTokenType.EndObject:
                    if (path.Count > 0 && reader.CurrentDepth > 0)
                    {
                        path.Pop();
                    }

                    break;
                case JsonTokenType.StartArray:
                    reader.Skip();
                    pendingName = null;
                    break;
                default:
                    pendingName = null;
                    break;
            }
        }

        return positions;
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
}
