using System.Text.Json;
using OkrSite.Core.Model;

namespace OkrSite.Core.Render;

/// <summary>report.json's check-in fields: each key result's history, latest confidence and overdue flag, and the objective's confidence.</summary>
internal static partial class ReportJson
{
    private static void KeyResultCheckIns(Utf8JsonWriter json, KeyResult kr)
    {
        Number(json, "confidence", kr.Confidence);
        Number(json, "confidenceChange", kr.ConfidenceChange);
        json.WriteBoolean("checkInOverdue", kr.CheckInOverdue);
        Integer(json, "daysSinceCheckIn", kr.DaysSinceCheckIn);
        json.WriteStartArray("checkIns");
        foreach (var checkIn in kr.CheckIns)
        {
            json.WriteStartObject();
            Text(json, "date", Date(checkIn.Date));
            Number(json, "value", checkIn.Value);
            Number(json, "confidence", checkIn.Confidence);
            Text(json, "comment", checkIn.Comment);
            Origin(json, "source", checkIn.Origin, new(CheckIn.Field, CheckIn.Field, checkIn.Date));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void ObjectiveCheckIns(Utf8JsonWriter json, Objective objective)
    {
        Number(json, "confidence", objective.Confidence);
        Number(json, "confidenceChange", objective.ConfidenceChange);
    }
}
