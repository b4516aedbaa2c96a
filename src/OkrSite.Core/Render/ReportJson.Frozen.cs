using System.Text.Json;
using OkrSite.Core.Model;

namespace OkrSite.Core.Render;

internal static partial class ReportJson
{
    /// <summary>The periods shown from their archives: when frozen, the input hash then and now, and what would now differ.</summary>
    private static void Frozen(Utf8JsonWriter json, Report report)
    {
        json.WriteStartArray("frozen");
        foreach (var frozen in report.Frozen)
        {
            json.WriteStartObject();
            Text(json, "period", frozen.Period.ToString());
            Text(json, "frozenOn", Date(frozen.FrozenOn));
            Text(json, "asOf", Date(frozen.AsOf));
            Text(json, "file", frozen.File);
            Text(json, "inputHash", frozen.InputHash);
            Text(json, "inputHashNow", frozen.InputHashNow);
            json.WriteStartArray("drift");
            foreach (var drift in frozen.Drift)
            {
                json.WriteStartObject();
                Text(json, "kind", Names.Of(drift.Kind));
                Text(json, "objective", drift.Objective);
                Text(json, "keyResult", drift.KeyResult);
                Text(json, "field", drift.Field);
                Text(json, "frozen", drift.Frozen);
                Text(json, "now", drift.Now);
                Text(json, "file", drift.At.IsNone ? null : drift.At.File);
                Positive(json, "line", drift.At.IsNone ? 0 : drift.At.Line);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>The day an objective's figures were frozen (they come from its period's archive), absent when it is not frozen.</summary>
    private static void FrozenOn(Utf8JsonWriter json, Objective objective) =>
        Text(json, "frozenOn", objective.FrozenOn is { } day ? Date(day) : null);
}
