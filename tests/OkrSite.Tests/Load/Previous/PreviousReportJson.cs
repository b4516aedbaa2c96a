namespace OkrSite.Tests.Load.Previous;

/// <summary>
/// report.json files written by hand, as other builds (older, newer, or with the check-in and grade fields of other
/// parts) write them: only the keys the comparison reads, plus whatever each test adds.
/// </summary>
internal static class PreviousReportJson
{
    public static string Objective(string key = "2026-Q4/grow", string status = "at-risk", string score = "0.4", string extra = "", string krExtra = "") => $$"""
        {
          "id": "{{key[(key.IndexOf('/') + 1)..]}}", "key": "{{key}}", "title": "Grow", "period": "{{key[..key.IndexOf('/')]}}", "team": "sales",
          "status": "{{status}}", "score": {{score}}{{extra}},
          "keyResults": [
            { "id": "kr1", "title": "Revenue", "status": "{{status}}", "score": {{score}}, "current": 12.5, "unit": "k€"{{krExtra}} }
          ]
        }
        """;

    public static string Kpi(string id = "churn", string health = "warning", string latest = """{ "date": "2026-11-01", "value": 2.5 }""") => $$"""
        { "id": "{{id}}", "name": "Churn", "unit": "%", "health": "{{health}}", "latest": {{latest}} }
        """;

    public static string Report(string objectives, string kpis, string version = "\"version\": 2,", string asOf = "2026-11-02", string extra = "") => $$"""
        {
          {{version}}
          "title": "Acme OKRs",
          "asOf": "{{asOf}}",
          "period": "2026-Q4",{{extra}}
          "objectives": [{{objectives}}],
          "kpis": [{{kpis}}]
        }
        """;

    public static string Minimal() => Report(Objective(), Kpi());
}
