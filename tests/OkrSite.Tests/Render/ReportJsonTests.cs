using System.Text;
using System.Text.Json;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;
using OkrSite.Core.Render;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.Render;

public class ReportJsonTests
{
    private static Report Report(string title = "Acme", double? score = 0.1 + 0.2) =>
        new(
            SiteConfig.Default(title),
            new DateOnly(2026, 8, 15),
            Period.Parse("2026-Q3"),
            [
                new Objective("o", "Title with <script>alert('x')</script> & \"quotes\"", Period.Parse("2026-Q3"), null, null, [], [], score, 0.5, Status.OnTrack,
                [
                    new KeyResult("kr1", "Ünïcode ✓", KeyResultType.Metric, "m", null, null, ValueSource.None, 5, null, ValueSource.None, null, 1, false, null, null, false, Status.NoData, default),
                ], MarkdownText.Empty, default),
            ],
            [new Kpi("m", "M", null, Direction.Lower, null, null, null, null, null, null, null, null, null, KpiHealth.NoData, false, [], new Series("m", []), MarkdownText.Empty, default)],
            [],
            null,
            [new Diagnostic(Severity.Warning, "OKR0003", "unknown key", "site.json", 3, 0)]);

    private static JsonElement Parse(Report report)
    {
        var json = ReportJson.Write(report);
        ReportSchema.AssertValid(json);
        return JsonDocument.Parse(json).RootElement;
    }

    [Fact]
    public void Numbers_are_written_at_full_round_trip_precision() =>
        Assert.Contains("\"score\": 0.30000000000000004", Encoding.UTF8.GetString(ReportJson.Write(Report())), StringComparison.Ordinal);

    [Fact]
    public void Absent_values_are_null_not_missing()
    {
        var kr = Parse(Report(score: null)).GetProperty("objectives")[0].GetProperty("keyResults")[0];

        Assert.Equal(JsonValueKind.Null, kr.GetProperty("baseline").ValueKind);
        Assert.Equal(JsonValueKind.Null, kr.GetProperty("current").ValueKind);
        Assert.Equal(JsonValueKind.Null, kr.GetProperty("score").ValueKind);
        Assert.Equal("no-data", kr.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, Parse(Report()).GetProperty("kpis")[0].GetProperty("latest").ValueKind);
    }

    [Fact]
    public void Html_sensitive_characters_are_escaped_so_the_json_is_safe_inline()
    {
        var text = Encoding.UTF8.GetString(ReportJson.Write(Report()));

        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("</script>", text, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003E", text, StringComparison.Ordinal);
        Assert.Contains("Ünïcode ✓", text, StringComparison.Ordinal); // readable, not \u escapes
        Assert.Equal("Title with <script>alert('x')</script> & \"quotes\"", Parse(Report()).GetProperty("objectives")[0].GetProperty("title").GetString());
    }

    [Fact]
    public void Uses_camel_case_kebab_case_values_lf_and_a_final_newline()
    {
        var bytes = ReportJson.Write(Report());
        var text = Encoding.UTF8.GetString(bytes);

        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.Contains("\"asOf\": \"2026-08-15\"", text, StringComparison.Ordinal);
        Assert.Contains("\"keyResults\"", text, StringComparison.Ordinal);
        Assert.Contains("\"linkedKeyResults\"", text, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"on-track\"", text, StringComparison.Ordinal);
        Assert.Contains("\"direction\": \"lower\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostics_carry_severity_code_and_position()
    {
        var diagnostic = Parse(Report()).GetProperty("diagnostics")[0];

        Assert.Equal("warning", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("OKR0003", diagnostic.GetProperty("code").GetString());
        Assert.Equal(3, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(JsonValueKind.Null, diagnostic.GetProperty("column").ValueKind);
    }

    [Fact]
    public void Top_level_fields_are_in_the_documented_order()
    {
        var names = Parse(Report()).EnumerateObject().Select(p => p.Name);

        Assert.Equal(["$schema", "version", "title", "asOf", "period", "baseUrl", "scoring", "periods", "objectives", "kpis", "teams", "diagnostics"], names);
    }
}
