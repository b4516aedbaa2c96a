using System.Text.Json;
using OkrSite.Core.Model;

namespace OkrSite.Core.Render;

/// <summary>report.json's top-level <c>comparison</c>: what changed since the previous report, absent without one.</summary>
internal static partial class ReportJson
{
    private static void Comparison(Utf8JsonWriter json, Comparison? comparison)
    {
        if (comparison is null)
        {
            return;
        }

        json.WriteStartObject("comparison");
        Side(json, "previous", comparison.Previous);
        json.WriteStartObject("counts");
        json.WriteNumber("statusChanges", comparison.StatusChanges);
        json.WriteNumber("keyResultStatusChanges", comparison.KeyResultStatusChanges);
        json.WriteNumber("scoreChanges", comparison.ScoreChanges);
        json.WriteNumber("kpisIntoCritical", comparison.KpisIntoCritical);
        json.WriteNumber("kpisIntoWarning", comparison.KpisIntoWarning);
        json.WriteNumber("kpisOutOfAttention", comparison.KpisOutOfAttention);
        json.WriteNumber("newObjectives", comparison.NewObjectives.Length);
        json.WriteNumber("removedObjectives", comparison.RemovedObjectives.Length);
        json.WriteNumber("newKeyResults", comparison.NewKeyResults.Length);
        json.WriteNumber("removedKeyResults", comparison.RemovedKeyResults.Length);
        json.WriteEndObject();

        json.WriteStartArray("objectives");
        foreach (var o in comparison.Objectives)
        {
            json.WriteStartObject();
            Text(json, "key", o.Key);
            Text(json, "title", o.Title);
            Text(json, "period", o.Period.ToString());
            Text(json, "team", o.Team);
            StatusChange(json, o.From, o.To);
            FigureChange(json, "score", o.Score);
            FigureChange(json, "confidence", o.Confidence);
            json.WriteStartObject("verdict");
            Text(json, "from", o.VerdictFrom);
            Text(json, "to", o.VerdictTo);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("keyResults");
        foreach (var k in comparison.KeyResults)
        {
            json.WriteStartObject();
            Text(json, "key", k.Key);
            Text(json, "objective", k.ObjectiveKey);
            Text(json, "id", k.Id);
            Text(json, "title", k.Title);
            Text(json, "unit", k.Unit);
            StatusChange(json, k.From, k.To);
            FigureChange(json, "score", k.Score);
            FigureChange(json, "current", k.Current);
            FigureChange(json, "confidence", k.Confidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("kpis");
        foreach (var k in comparison.Kpis)
        {
            json.WriteStartObject();
            Text(json, "id", k.Id);
            Text(json, "name", k.Name);
            json.WriteStartObject("health");
            Text(json, "from", Names.Of(k.From));
            Text(json, "to", Names.Of(k.To));
            json.WriteEndObject();
            Point(json, "latestBefore", k.LatestFrom);
            Point(json, "latest", k.LatestTo);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        ObjectiveEntries(json, "newObjectives", comparison.NewObjectives);
        ObjectiveEntries(json, "removedObjectives", comparison.RemovedObjectives);
        KeyResultEntries(json, "newKeyResults", comparison.NewKeyResults);
        KeyResultEntries(json, "removedKeyResults", comparison.RemovedKeyResults);
        json.WriteEndObject();
    }

    private static void Side(Utf8JsonWriter json, string name, ComparisonSide side)
    {
        json.WriteStartObject(name);
        Text(json, "title", side.Title);
        Text(json, "asOf", Date(side.AsOf));
        Text(json, "period", side.Period.ToString());
        json.WriteEndObject();
    }

    private static void StatusChange(Utf8JsonWriter json, Status from, Status to)
    {
        json.WriteStartObject("status");
        Text(json, "from", Names.Of(from));
        Text(json, "to", Names.Of(to));
        json.WriteEndObject();
    }

    private static void FigureChange(Utf8JsonWriter json, string name, FigureChange change)
    {
        json.WriteStartObject(name);
        Number(json, "from", change.From);
        Number(json, "to", change.To);
        Number(json, "delta", change.Delta);
        json.WriteEndObject();
    }

    private static void ObjectiveEntries(Utf8JsonWriter json, string name, IEnumerable<ObjectiveEntry> entries)
    {
        json.WriteStartArray(name);
        foreach (var o in entries)
        {
            json.WriteStartObject();
            Text(json, "key", o.Key);
            Text(json, "title", o.Title);
            Text(json, "period", o.Period.ToString());
            Text(json, "team", o.Team);
            Text(json, "status", Names.Of(o.Status));
            Number(json, "score", o.Score);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void KeyResultEntries(Utf8JsonWriter json, string name, IEnumerable<KeyResultEntry> entries)
    {
        json.WriteStartArray(name);
        foreach (var k in entries)
        {
            json.WriteStartObject();
            Text(json, "key", k.Key);
            Text(json, "objective", k.ObjectiveKey);
            Text(json, "id", k.Id);
            Text(json, "title", k.Title);
            Text(json, "status", Names.Of(k.Status));
            Number(json, "score", k.Score);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
