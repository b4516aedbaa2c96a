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
            json.WriteString("period", frozen.Period.ToString());
            json.WriteString("frozenOn", Date(frozen.FrozenOn));
            json.WriteString("asOf", Date(frozen.AsOf));
            json.WriteString("file", frozen.File);
            json.WriteString("inputHash", frozen.InputHash);
            json.WriteString("inputHashNow", frozen.InputHashNow);
            json.WriteStartArray("drift");
            foreach (var drift in frozen.Drift)
            {
                json.WriteStartObject();
                json.WriteString("kind", Names.Of(drift.Kind));
                json.WriteString("objective", drift.Objective);
                json.WriteString("keyResult", drift.KeyResult);
                json.WriteString("field", drift.Field);
                json.WriteString("frozen", drift.Frozen);
                json.WriteString("now", drift.Now);
                json.WriteString("file", drift.At.IsNone ? null : drift.At.File);
                NumberOrNull(json, "line", drift.At.IsNone ? 0 : drift.At.Line);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>The day an objective's figures were frozen (they come from its period's archive), or null.</summary>
    private static void FrozenOn(Utf8JsonWriter json, Objective objective) =>
        json.WriteString("frozenOn", objective.FrozenOn is { } day ? Date(day) : null);
}
