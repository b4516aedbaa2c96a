using System.Text.Json;
using OkrSite.Core.Model;

namespace OkrSite.Core.Render;

/// <summary>report.json's <c>coach</c>: the OKR coach's findings, in the order the build reports them.</summary>
internal static partial class ReportJson
{
    private static void Coach(Utf8JsonWriter json, Report report, Func<string, string> url)
    {
        json.WriteStartArray("coach");
        foreach (var f in report.Findings)
        {
            json.WriteStartObject();
            Text(json, "code", f.Code);
            Text(json, "check", f.Check);
            Text(json, "title", f.Title);
            Text(json, "message", f.Message);
            Text(json, "subject", Names.Of(f.Kind));
            Text(json, "key", f.Subject);
            Text(json, "name", f.SubjectName);
            Text(json, "url", url(f.Url));
            Text(json, "team", f.Team);
            Text(json, "period", f.Period?.ToString());
            Text(json, "file", f.Source.IsNone ? null : f.Source.File);
            Positive(json, "line", f.Source.Line);
            Positive(json, "column", f.Source.Column);
            json.WriteEndObject();
            FlushIfFull(json);
        }

        json.WriteEndArray();
    }
}
