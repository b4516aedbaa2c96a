using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;

namespace OkrSite.Core.Load.Archive;

/// <summary>
/// The archive file format (docs/schema/archive.schema.json), both ways: <see cref="Write"/> and <see cref="Read"/>.
/// Every figure is written by name, every key always present (null when there is no value), keys in a fixed order
/// and indented with '\n', so the same archive is the same bytes and a re-freeze reads as a small diff in git.
/// </summary>
internal static class ArchiveFormat
{
    // Not embedded in HTML: titles stay readable in a diff ("73% → 75%"), with only what JSON requires escaped.
    private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(PeriodArchive archive)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("format", PeriodArchive.Format);
            json.WriteString("period", archive.Period.ToString());
            json.WriteString("frozenOn", Date(archive.FrozenOn));
            json.WriteString("asOf", Date(archive.AsOf));
            json.WriteString("okrsiteVersion", archive.Version);
            json.WriteString("inputHash", archive.InputHash);
            json.WriteStartArray("objectives");
            foreach (var o in archive.Objectives)
            {
                json.WriteStartObject();
                json.WriteString("id", o.Id);
                json.WriteString("title", o.Title);
                json.WriteString("team", o.Team);
                Number(json, "score", o.Score);
                json.WriteNumber("expected", o.Expected);
                json.WriteString("status", Names.Of(o.Status));
                json.WriteString("kind", o.Kind is { } kind ? Names.Of(kind) : null);
                json.WriteString("verdict", o.Verdict is { } verdict ? Names.Of(verdict) : null);
                Number(json, "confidence", o.Confidence);
                json.WriteStartArray("keyResults");
                foreach (var k in o.KeyResults)
                {
                    KeyResult(json, k);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void KeyResult(Utf8JsonWriter json, ArchivedKeyResult k)
    {
        json.WriteStartObject();
        json.WriteString("id", k.Id);
        json.WriteString("title", k.Title);
        json.WriteString("type", Names.Of(k.Type));
        json.WriteString("metric", k.Metric);
        json.WriteString("unit", k.Unit);
        Number(json, "baseline", k.Baseline);
        Number(json, "target", k.Target);
        Number(json, "current", k.Current);
        json.WriteString("currentDate", k.CurrentDate is { } d ? Date(d) : null);
        json.WriteNumber("weight", k.Weight);
        json.WriteBoolean("done", k.Done);
        Number(json, "progress", k.Progress);
        Number(json, "score", k.Score);
        json.WriteBoolean("manualScore", k.ManualScore);
        json.WriteString("status", Names.Of(k.Status));
        json.WriteString("verdict", k.Verdict is { } verdict ? Names.Of(verdict) : null);
        Number(json, "confidence", k.Confidence);
        Number(json, "plan", k.Plan);
        json.WriteStartArray("window");
        foreach (var p in k.Window)
        {
            json.WriteStartObject();
            json.WriteString("date", Date(p.Date));
            json.WriteNumber("value", p.Value);
            json.WriteString("note", p.Note);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// The archive in a document that <see cref="ArchiveSchema"/> has accepted, so every key is there with its type.
    /// <paramref name="positions"/> gives where each objective and key result is written ("objectives[0].keyResults[1]").
    /// </summary>
    public static PeriodArchive Read(JsonElement root, string file, IReadOnlyDictionary<string, SourceSpan> positions)
    {
        SourceSpan At(string path) => positions.GetValueOrDefault(path, new SourceSpan(file, 1, 1));
        var objectives = root.GetProperty("objectives").EnumerateArray().Select((o, i) =>
        {
            var path = $"objectives[{i}]";
            return new ArchivedObjective(
                o.GetProperty("id").GetString()!,
                o.GetProperty("title").GetString()!,
                Text(o, "team"),
                Number(o, "score"),
                o.GetProperty("expected").GetDouble(),
                Choice<Status>(o, "status"),
                [.. o.GetProperty("keyResults").EnumerateArray().Select((k, j) => KeyResult(k) with { At = At($"{path}.keyResults[{j}]") })])
            {
                At = At(path),
                Kind = Optional<ObjectiveKind>(o, "kind"),
                Verdict = Optional<Verdict>(o, "verdict"),
                Confidence = o.TryGetProperty("confidence", out _) ? Number(o, "confidence") : null,
            };
        });
        return new PeriodArchive(
            Period.Parse(root.GetProperty("period").GetString()!),
            DateOf(root, "frozenOn")!.Value,
            DateOf(root, "asOf")!.Value,
            root.GetProperty("okrsiteVersion").GetString()!,
            root.GetProperty("inputHash").GetString()!,
            [.. objectives])
        {
            File = file,
        };
    }

    private static ArchivedKeyResult KeyResult(JsonElement k) => new(
        k.GetProperty("id").GetString()!,
        k.GetProperty("title").GetString()!,
        Choice<KeyResultType>(k, "type"),
        Text(k, "metric"),
        Text(k, "unit"),
        Number(k, "baseline"),
        Number(k, "target"),
        Number(k, "current"),
        DateOf(k, "currentDate"),
        k.GetProperty("weight").GetDouble(),
        k.GetProperty("done").GetBoolean(),
        Number(k, "progress"),
        Number(k, "score"),
        k.GetProperty("manualScore").GetBoolean(),
        Choice<Status>(k, "status"),
        Number(k, "plan"),
        [.. k.GetProperty("window").EnumerateArray().Select(p => new DataPoint(DateOf(p, "date")!.Value, p.GetProperty("value").GetDouble(), Text(p, "note")))])
    {
        Verdict = Optional<Verdict>(k, "verdict"),
        Confidence = k.TryGetProperty("confidence", out _) ? Number(k, "confidence") : null,
    };

    /// <summary>A choice that later formats added (kind, verdict): null when the archive does not have it, or has null.</summary>
    private static T? Optional<T>(JsonElement e, string name)
        where T : struct, Enum =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? Choice<T>(e, name) : null;

    /// <summary>
    /// What the schema cannot say: a date its pattern let through that is not a real, supported day (2026-02-30,
    /// 0001-01-01), or a number beyond the range of doubles (1e400). The path and the problem; null when there is none.
    /// </summary>
    public static (string Path, string Problem)? Problem(JsonElement element, string path = "")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var inner = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    if ((property.Name is "date" or "frozenOn" or "asOf" or "currentDate") && property.Value.ValueKind == JsonValueKind.String
                        && !(DateOnly.TryParseExact(property.Value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && SupportedDates.Contains(date)))
                    {
                        return (inner, $"'{property.Value.GetString()}' is not a real date between {SupportedDates.Description}");
                    }

                    if (property.Name == "period" && property.Value.ValueKind == JsonValueKind.String && !Period.TryParse(property.Value.GetString(), out _))
                    {
                        return (inner, $"'{property.Value.GetString()}' is not a period of a supported year");
                    }

                    if (Problem(property.Value, inner) is { } bad)
                    {
                        return bad;
                    }
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Problem(item, $"{path}[{index++}]") is { } bad)
                    {
                        return bad;
                    }
                }

                break;
            case JsonValueKind.Number when !element.TryGetDouble(out var number) || !double.IsFinite(number):
                return (path, $"{element.GetRawText()} is beyond the range of numbers");
        }

        return null;
    }

    private static string? Text(JsonElement e, string name) => e.GetProperty(name) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;

    private static double? Number(JsonElement e, string name) => e.GetProperty(name) is { ValueKind: JsonValueKind.Number } v ? v.GetDouble() : null;

    private static DateOnly? DateOf(JsonElement e, string name) =>
        Text(e, name) is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    /// <summary>An enum by its kebab-case name (the schema lists the names, <see cref="Names"/> makes them).</summary>
    private static T Choice<T>(JsonElement e, string name)
        where T : struct, Enum
    {
        var text = e.GetProperty(name).GetString();
        return Enum.GetValues<T>().First(v => Names.Of(v) == text);
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
