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
            json.WriteString("code", f.Code);
            json.WriteString("check", f.Check);
            json.WriteString("title", f.Title);
            json.WriteString("message", f.Message);
            json.WriteString("subject", Names.Of(f.Kind));
            json.WriteString("key", f.Subject);
            json.WriteString("name", f.SubjectName);
            json.WriteString("url", url(f.Url));
            json.WriteString("team", f.Team);
            json.WriteString("period", f.Period?.ToString());
            json.WriteString("file", f.Source.IsNone ? null : f.Source.File);
            NumberOrNull(json, "line", f.Source.Line);
            NumberOrNull(json, "column", f.Source.Column);
            json.WriteEndObject();
            FlushIfFull(json);
        }

        json.WriteEndArray();
    }
}
