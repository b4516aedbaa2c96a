using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using OkrSite.Core.Coach;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;

namespace OkrSite.Core.Render;

/// <summary>
/// Writes report.json, the public contract that other tools consume. Written field by field (not by reflection)
/// so that the shape is explicit here, fields keep their order, a value that does not exist is left out (never
/// null) and numbers are plain JSON numbers at full (shortest round-trip) precision.
/// </summary>
internal static partial class ReportJson
{
    /// <summary>
    /// The contract's version: raised when a key is removed or renamed or a value changes meaning; new keys keep it.
    /// Version 2 is the first that carries it (objective keys per period); report.json without it is version 1.
    /// Version 3 links each KPI's series (<c>data</c>, a CSV file beside its page) instead of holding it.
    /// Version 4 leaves out every key without a value instead of writing null, leaves out a source's <c>field</c>
    /// and <c>date</c> where they repeat the figure's own, and lists the coach's findings only in <c>coach</c>.
    /// </summary>
    public const int Version = 4;

    /// <summary>
    /// Not indented: the indentation was a third of the file (3.8 of the medium site's 10.9 MB), and report.json is
    /// read by tools (<c>jq .</c> indents it for a person). The file ends with one LF.
    /// </summary>
    private static readonly JsonWriterOptions Options = new()
    {
        // Non-ASCII text stays readable; '<', '>', '&' and quotes are still escaped, so the JSON is safe inline in HTML.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Below this many pending bytes the writer keeps buffering; above it, it hands them to the stream.</summary>
    private const int FlushAt = 1 << 16;

    /// <summary>The JSON Schema of report.json (docs/schema/report.schema.json, embedded), as written beside it.</summary>
    public static byte[] Schema()
    {
        using var stream = typeof(ReportJson).Assembly.GetManifestResourceStream("OkrSite.Core.report.schema.json")
            ?? throw new InvalidOperationException("report.schema.json is not embedded in OkrSite.Core");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    public static byte[] Write(Report report)
    {
        using var buffer = new MemoryStream();
        Write(report, buffer);
        return buffer.ToArray();
    }

    /// <summary>Streams report.json: a large site's is hundreds of megabytes, never held whole in memory.</summary>
    public static void Write(Report report, Stream stream)
    {
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            Write(json, report);
        }

        stream.WriteByte((byte)'\n');
    }

    private static void FlushIfFull(Utf8JsonWriter json)
    {
        if (json.BytesPending >= FlushAt)
        {
            json.Flush();
        }
    }

    private static void Write(Utf8JsonWriter json, Report report)
    {
        // With links that end in index.html the site is opened from a file share, where no base URL leads to it:
        // baseUrl is "" and every url is relative to report.json itself (which sits at the site root).
        var baseUrl = report.Config.Links == LinkStyle.IndexFiles ? string.Empty : report.Config.BaseUrl;
        json.WriteStartObject();
        Text(json, "$schema", SitePaths.ReportSchema);
        json.WriteNumber("version", Version);
        Text(json, "title", report.Config.Title);
        Text(json, "asOf", Date(report.AsOf));
        Text(json, "period", report.Period.ToString());
        Text(json, "baseUrl", baseUrl);
        string Url(string page) => SitePaths.Absolute(baseUrl, SitePaths.Link(page, report.Config.Links));
        json.WriteStartObject("scoring");
        json.WriteNumber("success", report.Config.Scoring.Success);
        json.WriteNumber("atRisk", report.Config.Scoring.AtRisk);
        json.WriteEndObject();
        Strings(json, "periods", report.Periods.Select(p => p.ToString()));

        json.WriteStartArray("summaries");
        foreach (var summary in report.Summaries)
        {
            Summary(json, summary);
            FlushIfFull(json);
        }

        json.WriteEndArray();
        Strings(json, "attention", report.Attention.Select(k => k.Id));

        json.WriteStartArray("objectives");
        foreach (var objective in report.Objectives)
        {
            Objective(json, objective, Url);
            FlushIfFull(json);
        }

        json.WriteEndArray();

        json.WriteStartArray("kpis");
        foreach (var kpi in report.Kpis)
        {
            Kpi(json, kpi, Url);
            FlushIfFull(json);
        }

        json.WriteEndArray();

        json.WriteStartArray("teams");
        foreach (var team in report.Teams)
        {
            json.WriteStartObject();
            Text(json, "id", team.Id);
            Text(json, "name", team.Name);
            Text(json, "parent", team.Parent);
            Strings(json, "children", team.Children);
            Strings(json, "objectives", team.Objectives);
            Strings(json, "kpis", team.Kpis);
            Text(json, "url", Url(SitePaths.TeamUrl(team.Id)));
            json.WriteStartArray("rollups");
            foreach (var rollup in team.Rollups)
            {
                json.WriteStartObject();
                Text(json, "period", rollup.Period.ToString());
                json.WriteNumber("objectiveCount", rollup.ObjectiveCount);
                Counts(json, "objectivesByStatus", rollup.Objectives);
                Number(json, "score", rollup.Score);
                Text(json, "status", Names.Of(rollup.Status));
                WriteVerdict(json, rollup.Verdict);
                Verdicts(json, "objectivesByVerdict", rollup.ObjectiveVerdicts);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            FlushIfFull(json);
        }

        json.WriteEndArray();
        Evaluations(json, report);
        Coach(json, report, Url);
        Frozen(json, report);
        Comparison(json, report.Comparison);

        // A finding is in coach[] with its subject and link; its warning here would say the same again.
        var findings = report.Findings.Select(OkrCoach.AsDiagnostic).ToHashSet();
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in report.Diagnostics.Where(d => !findings.Contains(d)))
        {
            Diagnostic(json, diagnostic);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Objective(Utf8JsonWriter json, Objective objective, Func<string, string> url)
    {
        json.WriteStartObject();
        Text(json, "id", objective.Id);
        Text(json, "key", objective.Key);
        Text(json, "title", objective.Title);
        Text(json, "period", objective.Period.ToString());
        Text(json, "team", objective.Team);
        Text(json, "owner", objective.Owner);
        Strings(json, "alignsTo", objective.AlignsTo);
        Strings(json, "children", objective.Children);
        Number(json, "score", objective.Score);
        json.WriteNumber("expected", objective.Expected);
        ObjectiveCheckIns(json, objective);
        Text(json, "status", Names.Of(objective.Status));
        ObjectiveGrade(json, objective);
        Text(json, "url", url(SitePaths.ObjectiveUrl(objective)));
        FrozenOn(json, objective);
        json.WriteStartArray("keyResults");
        foreach (var kr in objective.KeyResults)
        {
            json.WriteStartObject();
            Text(json, "id", kr.Id);
            Text(json, "title", kr.Title);
            Text(json, "type", Names.Of(kr.Type));
            Text(json, "metric", kr.Metric);
            Text(json, "unit", kr.Unit);
            Number(json, "baseline", kr.Baseline);
            Number(json, "target", kr.Target);
            Number(json, "current", kr.Current);
            Text(json, "currentDate", kr.CurrentDate is { } d ? Date(d) : null);
            json.WriteNumber("weight", kr.Weight);
            // Milestone fields are absent on metric key results, like metric fields on milestones.
            var milestone = kr.Type == KeyResultType.Milestone;
            if (milestone)
            {
                json.WriteBoolean("done", kr.Done);
                Number(json, "progress", kr.Progress);
            }

            Number(json, "score", kr.Score);
            json.WriteBoolean("manualScore", kr.ManualScore);
            Origin(json, "baselineSource", kr.BaselineOrigin, new(kr.Metric, "baseline", null));
            Origin(json, "currentSource", kr.CurrentOrigin, new(kr.Metric, "current", kr.CurrentDate));
            Origin(json, "scoreSource", kr.ScoreOrigin, new(kr.Metric, "score", null));
            Text(json, "status", Names.Of(kr.Status));
            KeyResultCheckIns(json, kr);
            WriteVerdict(json, kr.Verdict);
            Number(json, "plan", kr.Plan);
            Text(json, "kpi", kr.Kpi);
            Window(json, kr.Window);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Kpi(Utf8JsonWriter json, Kpi kpi, Func<string, string> url)
    {
        json.WriteStartObject();
        Text(json, "id", kpi.Id);
        Text(json, "name", kpi.Name);
        Text(json, "unit", kpi.Unit);
        Text(json, "direction", Names.Of(kpi.Direction));
        Text(json, "indicator", kpi.Indicator is { } i ? Names.Of(i) : null);
        Text(json, "frequency", kpi.Frequency is { } f ? Names.Of(f) : null);
        Text(json, "owner", kpi.Owner);
        Text(json, "source", kpi.DataSource);
        Text(json, "team", kpi.Team);
        Number(json, "target", kpi.Target);
        Number(json, "green", kpi.Green);
        Number(json, "red", kpi.Red);
        Point(json, "latest", kpi.Latest);
        Origin(json, "latestSource", kpi.LatestOrigin, OriginDefaults.OfKpi(kpi.Id, kpi.Latest));
        Point(json, "previous", kpi.Previous);
        Number(json, "change", kpi.Change);
        Number(json, "toTarget", kpi.ToTarget);
        Number(json, "targetGap", kpi.TargetGap);
        if (kpi.TargetMet is { } met)
        {
            json.WriteBoolean("targetMet", met);
        }

        Text(json, "movement", kpi.Movement is { } movement ? Names.Of(movement) : null);
        Integer(json, "ageDays", kpi.AgeDays);

        Text(json, "health", Names.Of(kpi.Health));
        json.WriteBoolean("stale", kpi.Stale);
        Strings(json, "linkedKeyResults", kpi.LinkedKeyResults);
        CarriedForward(json, kpi);
        Text(json, "url", url(SitePaths.KpiUrl(kpi.Id)));

        // The series is the KPI's data file, relative to report.json (which sits at the site root), not repeated here.
        Text(json, "data", KpiDataFile.Has(kpi) ? SitePaths.FileUrl(SitePaths.KpiData(kpi.Id)) : null);
        json.WriteNumber("valueCount", kpi.Series.IsEmpty ? 0 : kpi.Series.Points.Length);
        json.WriteEndObject();
    }

    /// <summary>
    /// Where a figure came from. <c>field</c> is left out when it names the figure's own metric (a CSV row) or key
    /// (a front-matter or manual value), <c>date</c> when it is the date of the figure itself: the reader gets both
    /// back from <paramref name="defaults"/>'s counterparts beside the source, so nothing is lost.
    /// </summary>
    private static void Origin(Utf8JsonWriter json, string name, ValueOrigin origin, OriginDefaults defaults)
    {
        json.WriteStartObject(name);
        Text(json, "kind", Names.Of(origin.Kind));
        Text(json, "file", origin.At.IsNone ? null : origin.At.File);
        Positive(json, "line", origin.At.IsNone ? 0 : origin.At.Line);
        var field = defaults.FieldOf(origin.Kind);
        var date = defaults.DateOf(origin.Kind);
        if ((origin.Field is null && field is not null) || (origin.Date is null && date is not null))
        {
            // Left out, the default would be read where the source has nothing: a wrong figure, never written.
            throw new InvalidOperationException($"report.json: {name} of kind {Names.Of(origin.Kind)} has no field or date where its kind always has one");
        }

        if (origin.Field != field)
        {
            Text(json, "field", origin.Field);
        }

        if (origin.Date != date)
        {
            Text(json, "date", origin.Date is { } d ? Date(d) : null);
        }

        json.WriteEndObject();
    }

    private static void Summary(Utf8JsonWriter json, PeriodSummary summary)
    {
        json.WriteStartObject();
        Text(json, "period", summary.Period.ToString());
        json.WriteNumber("objectiveCount", summary.ObjectiveCount);
        json.WriteNumber("keyResultCount", summary.KeyResultCount);
        Counts(json, "objectivesByStatus", summary.Objectives);
        Counts(json, "keyResultsByStatus", summary.KeyResults);
        Number(json, "score", summary.Score);
        json.WriteNumber("expected", summary.Expected);
        Text(json, "status", Names.Of(summary.Status));
        Strings(json, "needsAttention", summary.NeedsAttention.Select(o => o.Key));
        SummaryGroups(json, summary);
        SummaryGrade(json, summary);
        json.WriteEndObject();
    }

    /// <summary>Every status as a key, best first, with its count (0 included).</summary>
    private static void Counts(Utf8JsonWriter json, string name, StatusCounts counts)
    {
        json.WriteStartObject(name);
        foreach (var status in StatusCounts.BestFirst)
        {
            json.WriteNumber(Names.Of(status), counts[status]);
        }

        json.WriteEndObject();
    }

    /// <summary>The window as its bounds and size, not its points: the KPI's data file (kpis[].data) has the values.</summary>
    private static void Window(Utf8JsonWriter json, SeriesWindow? window)
    {
        if (window is null)
        {
            return;
        }

        json.WriteStartObject("window");
        Text(json, "from", window.First is { } first ? Date(first.Date) : null);
        Text(json, "to", window.Last is { } last ? Date(last.Date) : null);
        json.WriteNumber("count", window.Count);
        json.WriteEndObject();
    }

    private static void Point(Utf8JsonWriter json, string name, DataPoint? point)
    {
        if (point is { } p)
        {
            json.WriteStartObject(name);
            Text(json, "date", Date(p.Date));
            json.WriteNumber("value", p.Value);
            json.WriteEndObject();
        }
    }

    private static void Diagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        Text(json, "severity", diagnostic.IsError ? "error" : "warning");
        Text(json, "code", diagnostic.Code);
        Text(json, "message", diagnostic.Message);
        Text(json, "file", diagnostic.File);
        Positive(json, "line", diagnostic.Line);
        Positive(json, "column", diagnostic.Column);
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
    }

    private static void Integer(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
    }

    private static void Positive(Utf8JsonWriter json, string name, int value)
    {
        if (value > 0)
        {
            json.WriteNumber(name, value);
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
