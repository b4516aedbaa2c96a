using System.Text.Json;
using OkrSite.Core.Model;

namespace OkrSite.Core.Render;

internal static partial class ReportJson
{
    /// <summary>An objective's kind, whether its period has ended, and its final verdict (null while it runs).</summary>
    private static void ObjectiveGrade(Utf8JsonWriter json, Objective objective)
    {
        json.WriteString("kind", Names.Of(objective.Kind));
        json.WriteBoolean("final", objective.Final);
        WriteVerdict(json, objective.Verdict);
    }

    private static void WriteVerdict(Utf8JsonWriter json, Verdict? verdict) =>
        json.WriteString("verdict", verdict is { } v ? Names.Of(v) : null);
}
