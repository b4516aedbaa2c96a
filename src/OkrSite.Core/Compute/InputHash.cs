using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;

namespace OkrSite.Core.Compute;

/// <summary>
/// The hash an archive records of the inputs its figures came from: SHA-256 over one canonical JSON document (the
/// serialisation docs/format.md documents under "Archives"), written "sha256:" and 64 lower-case hex digits. It
/// covers the period's objective definitions (every field, key results in the order written), the KPI definitions
/// their key results track and the data points they read (the chart window up to min(asOf, period end)). It is
/// made of parsed values, so a YAML comment, quoting or a number written as 75.0 instead of 75 changes nothing.
/// </summary>
internal static class InputHash
{
    public const string Prefix = "sha256:";

    public static string Of(IEnumerable<ObjectiveDefinition> objectives, DataSet data, IReadOnlyDictionary<string, KpiDefinition> kpis, Period period, DateOnly asOf) =>
        Prefix + Convert.ToHexStringLower(SHA256.HashData(Canonical(objectives, data, kpis, period, asOf)));

    /// <summary>The canonical document itself: compact, keys in a fixed order, lists sorted ordinally, numbers in their shortest round-trip form.</summary>
    public static byte[] Canonical(IEnumerable<ObjectiveDefinition> objectives, DataSet data, IReadOnlyDictionary<string, KpiDefinition> kpis, Period period, DateOnly asOf)
    {
        var mine = objectives.Where(o => o.Period == period).OrderBy(o => o.Id, StringComparer.Ordinal).ToList();
        var metrics = mine.SelectMany(o => o.KeyResults)
            .Where(k => k.Type == KeyResultType.Metric && k.Metric is not null)
            .Select(k => DataSet.Key(k.Metric!.Value.Value))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        var until = asOf < period.End ? asOf : period.End;

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("format", 1);
            json.WriteString("period", period.ToString());
            json.WriteStartArray("objectives");
            foreach (var o in mine)
            {
                json.WriteStartObject();
                json.WriteString("id", o.Id);
                json.WriteString("title", o.Title);
                json.WriteString("team", o.Team?.Value);
                json.WriteString("owner", o.Owner);
                json.WriteStartArray("alignsTo");
                foreach (var a in o.AlignsTo.Select(a => a.Value).Order(StringComparer.Ordinal))
                {
                    json.WriteStringValue(a);
                }

                json.WriteEndArray();
                json.WriteStartArray("keyResults");
                foreach (var kr in o.KeyResults)
                {
                    json.WriteStartObject();
                    json.WriteString("id", kr.Id);
                    json.WriteString("title", kr.Title);
                    json.WriteString("type", Names.Of(kr.Type));
                    json.WriteString("metric", kr.Metric?.Value);
                    Number(json, "baseline", kr.Baseline);
                    Number(json, "target", kr.Target);
                    Number(json, "current", kr.Current);
                    json.WriteString("unit", kr.Unit);
                    json.WriteNumber("weight", kr.Weight);
                    json.WriteBoolean("done", kr.Done);
                    Number(json, "progress", kr.Progress);
                    Number(json, "score", kr.Score);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("kpis");
            foreach (var id in metrics.Where(kpis.ContainsKey))
            {
                var k = kpis[id];
                json.WriteStartObject();
                json.WriteString("id", k.Id);
                json.WriteString("name", k.Name);
                json.WriteString("unit", k.Unit);
                json.WriteString("direction", Names.Of(k.Direction));
                json.WriteString("indicator", k.Indicator is { } i ? Names.Of(i) : null);
                json.WriteString("frequency", k.Frequency is { } f ? Names.Of(f) : null);
                Number(json, "target", k.Target);
                Number(json, "green", k.Green);
                Number(json, "red", k.Red);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("data");
            foreach (var metric in metrics)
            {
                json.WriteStartObject();
                json.WriteString("metric", metric);
                json.WriteStartArray("points");
                if (data.Find(metric) is { IsEmpty: false } series)
                {
                    foreach (var point in series.Window(period.Start, until).Points)
                    {
                        json.WriteStartArray();
                        json.WriteStringValue(point.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                        json.WriteNumberValue(point.Value);
                        json.WriteStringValue(point.Note);
                        json.WriteEndArray();
                    }
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
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
}
