using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Json.Schema;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Config;
using OkrSite.Core.Model;

namespace OkrSite.Core.Load.Previous;

/// <summary>
/// Reads a report.json (version 2, 3, which links the KPIs' series instead of holding them, or 4, which leaves out
/// what versions 2 and 3 wrote as null: the comparison reads a missing key as null) into the <see cref="ComparisonSnapshot"/> a comparison needs. A file from elsewhere
/// is checked first: JSON, its version, then <see cref="ReadingSchema"/>; every problem is a diagnostic on
/// <c>file</c>, with the line where there is one, and no snapshot. The current build's own report.json is read
/// with the same <see cref="Snapshot"/>, unchecked (the writer and the schema are kept in step by the tests).
/// </summary>
internal static class ReportSnapshotReader
{
    /// <summary>How many schema problems one diagnostic names: the first ones are the ones to look at.</summary>
    public const int ProblemsShown = 3;

    private static readonly Dictionary<string, Status> Statuses = Enum.GetValues<Status>().ToDictionary(Names.Of, s => s, StringComparer.Ordinal);
    private static readonly Dictionary<string, KpiHealth> Healths = Enum.GetValues<KpiHealth>().ToDictionary(Names.Of, h => h, StringComparer.Ordinal);

    /// <summary>Checks and reads the bytes of a report.json; null (with an error on <paramref name="file"/>) when they are not one.</summary>
    public static ComparisonSnapshot? Read(ReadOnlyMemory<byte> utf8, string file, DiagnosticBag diagnostics)
    {
        // A BOM is no JSON, but editors write one; report.json is UTF-8 either way.
        if (utf8.Span.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException ex)
        {
            var message = ex.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            message = (cut > 0 ? message[..cut] : message).TrimEnd('.');
            diagnostics.Add(Codes.PreviousReportUnreadable, new SourceSpan(file, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1), $"{file} is not valid JSON ({message}); pass a report.json an OkrSite build wrote");
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(Codes.PreviousReportUnreadable, new SourceSpan(file, 1, 1), $"{file} is a JSON {Names.Of(root.ValueKind).ToLowerInvariant()}, not the object a report.json is");
                return null;
            }

            if (!root.TryGetProperty("version", out var version))
            {
                diagnostics.Add(Codes.PreviousReportVersion, new SourceSpan(file, 1, 1), $"{file} has no \"version\": it is report.json version 1 (OkrSite before objective keys per period) or no OkrSite report; build that state again with this OkrSite and compare with its report.json");
                return null;
            }

            if (version.ValueKind != JsonValueKind.Number || !ReadingSchema.Versions.Contains(version.GetRawText()))
            {
                diagnostics.Add(Codes.PreviousReportVersion, At(utf8, file, "version"), $"{file} is report.json version {version.GetRawText()}; this OkrSite reads versions 2, 3 and 4: compare with a report.json this OkrSite wrote");
                return null;
            }

            var results = ReadingSchema.Value.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
            if (!results.IsValid)
            {
                // In the order of the file: the first one named is the first one an editor shows.
                var positions = JsonPositions.Read(utf8.Span, file, default).Positions;
                var problems = Problems(results).Select(p => (p.Pointer, p.Message, At: At(positions, file, PathOf(p.Pointer))))
                    .OrderBy(p => p.At.Line).ThenBy(p => p.At.Column).ThenBy(p => p.Pointer, StringComparer.Ordinal).ToList();
                var first = problems.Count > 0 ? problems[0].At : new SourceSpan(file, 1, 1);
                var shown = string.Join("; ", problems.Take(ProblemsShown).Select(p => $"{(p.Pointer.Length == 0 ? "the top level" : p.Pointer)}: {p.Message.TrimEnd('.')}"));
                var more = problems.Count > ProblemsShown ? string.Create(CultureInfo.InvariantCulture, $" (and {problems.Count - ProblemsShown} more)") : string.Empty;
                diagnostics.Add(Codes.PreviousReportInvalid, first, $"{file} does not match report.json's schema: {shown}{more}");
                return null;
            }

            try
            {
                return Snapshot(root);
            }
            catch (SnapshotProblem problem)
            {
                diagnostics.Add(Codes.PreviousReportInvalid, At(utf8, file, problem.Path), $"{file}: {problem.Message}");
                return null;
            }
            catch (InvalidOperationException)
            {
                // System.Text.Json parses "\ud800" but cannot make a string of a lone surrogate.
                diagnostics.Add(Codes.PreviousReportInvalid, new SourceSpan(file, 1, 1), $"{file} has a \\u escape that is not a valid character (a lone surrogate such as \\ud800)");
                return null;
            }
        }
    }

    /// <summary>Reads a report.json this build wrote itself: valid by construction.</summary>
    public static ComparisonSnapshot ReadOwn(ReadOnlyMemory<byte> utf8)
    {
        using var document = JsonDocument.Parse(utf8);
        return Snapshot(document.RootElement);
    }

    private static ComparisonSnapshot Snapshot(JsonElement root)
    {
        var objectives = ImmutableArray.CreateBuilder<SnapshotObjective>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var o in root.GetProperty("objectives").EnumerateArray())
        {
            var path = $"objectives[{i++}]";
            var key = o.GetProperty("key").GetString()!;
            if (!keys.Add(key))
            {
                throw new SnapshotProblem($"{path}.key", $"objective key '{key}' is given twice; a report.json lists each objective once");
            }

            var krs = ImmutableArray.CreateBuilder<SnapshotKeyResult>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var j = 0;
            foreach (var kr in o.GetProperty("keyResults").EnumerateArray())
            {
                var krPath = $"{path}.keyResults[{j++}]";
                var id = kr.GetProperty("id").GetString()!;
                if (!ids.Add(id))
                {
                    throw new SnapshotProblem($"{krPath}.id", $"key result id '{id}' is given twice in objective '{key}'");
                }

                krs.Add(new SnapshotKeyResult(
                    id,
                    kr.GetProperty("title").GetString()!,
                    Statuses[kr.GetProperty("status").GetString()!],
                    Number(kr, "score", krPath),
                    Number(kr, "current", krPath),
                    Text(kr, "unit"),
                    Number(kr, "confidence", krPath)));
            }

            objectives.Add(new SnapshotObjective(
                key,
                o.GetProperty("id").GetString()!,
                o.GetProperty("title").GetString()!,
                PeriodOf(o, path),
                Text(o, "team"),
                Statuses[o.GetProperty("status").GetString()!],
                Number(o, "score", path),
                Number(o, "confidence", path),
                Text(o, "kind"),
                Text(o, "verdict"),
                krs.ToImmutable()));
        }

        var kpis = ImmutableArray.CreateBuilder<SnapshotKpi>();
        var kpiIds = new HashSet<string>(StringComparer.Ordinal);
        i = 0;
        foreach (var k in root.GetProperty("kpis").EnumerateArray())
        {
            var path = $"kpis[{i++}]";
            var id = k.GetProperty("id").GetString()!;
            if (!kpiIds.Add(id))
            {
                throw new SnapshotProblem($"{path}.id", $"KPI id '{id}' is given twice; a report.json lists each KPI once");
            }

            DataPoint? latest = k.TryGetProperty("latest", out var point) && point.ValueKind == JsonValueKind.Object
                ? new DataPoint(DateOf(point, $"{path}.latest"), Number(point, "value", $"{path}.latest") ?? 0)
                : null;
            kpis.Add(new SnapshotKpi(id, k.GetProperty("name").GetString()!, Text(k, "unit"), Healths[k.GetProperty("health").GetString()!], latest));
        }

        return new ComparisonSnapshot(root.GetProperty("title").GetString()!, DateOf(root, string.Empty, "asOf"), PeriodOf(root, string.Empty), objectives.ToImmutable(), kpis.ToImmutable());
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Field(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    /// <summary>A number, or null when null or absent; a number beyond the range of double is a problem, never read as infinity.</summary>
    private static double? Number(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out var number) || number.ValueKind != JsonValueKind.Number)
        {
            return null;
        }

        return number.TryGetDouble(out var v) && double.IsFinite(v)
            ? v
            : throw new SnapshotProblem(Field(path, name), $"{Field(path, name)} is {number.GetRawText()}, a number beyond the range OkrSite computes with");
    }

    /// <summary>The schema's pattern lets 2026-02-30 and 0001-Q1 through; a real date and a supported period are checked here.</summary>
    private static DateOnly DateOf(JsonElement element, string path, string name = "date")
    {
        var text = element.GetProperty(name).GetString();
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && SupportedDates.Contains(date)
            ? date
            : throw new SnapshotProblem(Field(path, name), $"{Field(path, name)} '{text}' is not a date OkrSite supports ({SupportedDates.Description})");
    }

    private static Period PeriodOf(JsonElement element, string path)
    {
        var text = element.GetProperty("period").GetString();
        return Period.TryParse(text, out var period)
            ? period
            : throw new SnapshotProblem(Field(path, "period"), $"{Field(path, "period")} '{text}' is not a period OkrSite supports");
    }

    private sealed class SnapshotProblem(string path, string message) : Exception(message)
    {
        public string Path { get; } = path;
    }

    /// <summary>
    /// The errors of the failing parts only: a branch of an anyOf that did not match (the "null" of a number-or-null)
    /// fails too, but says nothing about the file when another branch matched.
    /// </summary>
    private static IEnumerable<(string Pointer, string Message)> Problems(EvaluationResults results)
    {
        var found = new SortedSet<(string Pointer, string Message)>();
        var pending = new Stack<EvaluationResults>([results]);
        while (pending.TryPop(out var node))
        {
            if (node.IsValid)
            {
                continue;
            }

            foreach (var error in node.Errors ?? new Dictionary<string, string>())
            {
                found.Add((node.InstanceLocation.ToString(), error.Value));
            }

            foreach (var child in node.Details ?? [])
            {
                pending.Push(child);
            }
        }

        return found;
    }

    /// <summary>"/objectives/3/status" as the position map writes it, "objectives[3].status".</summary>
    internal static string PathOf(string pointer)
    {
        var path = new System.Text.StringBuilder();
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (name.All(char.IsAsciiDigit) && path.Length > 0)
            {
                path.Append('[').Append(name).Append(']');
            }
            else
            {
                path.Append(path.Length == 0 ? string.Empty : ".").Append(name);
            }
        }

        return path.ToString();
    }

    /// <summary>The line and column of <paramref name="path"/> in the file; line 1 when the map has no such path.</summary>
    private static SourceSpan At(ReadOnlyMemory<byte> utf8, string file, string path) =>
        At(JsonPositions.Read(utf8.Span, file, default).Positions, file, path);

    private static SourceSpan At(Dictionary<string, SourceSpan> positions, string file, string path)
    {
        for (var p = path; p.Length > 0; p = p[..Math.Max(0, Math.Max(p.LastIndexOf('.'), p.LastIndexOf('[')))])
        {
            if (positions.TryGetValue(p, out var at))
            {
                return at;
            }
        }

        return new SourceSpan(file, 1, 1);
    }
}
