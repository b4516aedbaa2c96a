using System.Text.Json;
using OkrSite.Core.Model;

namespace OkrSite.Core.Render;

internal static partial class ReportJson
{
    /// <summary>A summary's headline count and its objectives in the dashboard's order, attention first.</summary>
    private static void SummaryGroups(Utf8JsonWriter json, PeriodSummary summary)
    {
        json.WriteNumber("behind", summary.Behind);
        json.WriteStartArray("groups");
        foreach (var group in summary.Groups)
        {
            json.WriteStartObject();
            Text(json, "kind", group.Kind switch
            {
                ObjectiveGroupKind.Company => "company",
                ObjectiveGroupKind.Aligned => "aligned",
                _ => "not-aligned",
            });
            Text(json, "parent", group.Parent);
            Strings(json, "objectives", group.Objectives);
            Strings(json, "alsoAligned", group.AlsoAligned);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
