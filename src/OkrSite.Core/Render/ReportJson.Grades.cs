using System.Text.Json;
using OkrSite.Core.Model;

namespace OkrSite.Core.Render;

internal static partial class ReportJson
{
    /// <summary>
    /// An objective's kind, whether its period has ended, its final verdict (absent while it runs), and the objectives
    /// of its team in the periods that contain its own or lie within it.
    /// </summary>
    private static void ObjectiveGrade(Utf8JsonWriter json, Objective objective)
    {
        Text(json, "kind", Names.Of(objective.Kind));
        json.WriteBoolean("final", objective.Final);
        WriteVerdict(json, objective.Verdict);
        Strings(json, "enclosing", objective.Enclosing);
        Strings(json, "nested", objective.Nested);
    }

    private static void WriteVerdict(Utf8JsonWriter json, Verdict? verdict) =>
        Text(json, "verdict", verdict is { } v ? Names.Of(v) : null);

    /// <summary>An ended period's verdict, its objectives' verdicts, and every KPI on its last day; empty while it runs.</summary>
    private static void SummaryGrade(Utf8JsonWriter json, PeriodSummary summary)
    {
        json.WriteBoolean("final", summary.Final);
        WriteVerdict(json, summary.Verdict);
        Verdicts(json, "objectivesByVerdict", summary.ObjectiveVerdicts);
        json.WriteStartArray("kpis");
        foreach (var kpi in summary.Kpis)
        {
            json.WriteStartObject();
            Text(json, "id", kpi.Id);
            Text(json, "asOf", Date(kpi.AsOf));
            Point(json, "latest", kpi.Latest);
            Origin(json, "latestSource", kpi.LatestOrigin, OriginDefaults.OfKpi(kpi.Id, kpi.Latest));
            Point(json, "previous", kpi.Previous);
            Number(json, "change", kpi.Change);
            Text(json, "movement", kpi.Movement is { } movement ? Names.Of(movement) : null);
            Text(json, "health", Names.Of(kpi.Health));
            json.WriteBoolean("stale", kpi.Stale);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "kpiAttention", summary.KpiAttention);
    }

    /// <summary>The key results on the KPI, period after period.</summary>
    private static void CarriedForward(Utf8JsonWriter json, Kpi kpi)
    {
        json.WriteStartArray("carriedForward");
        foreach (var kr in kpi.CarriedForward)
        {
            json.WriteStartObject();
            Text(json, "period", kr.Period.ToString());
            Text(json, "objective", kr.Objective);
            Text(json, "keyResult", kr.KeyResult);
            Number(json, "baseline", kr.Baseline);
            Number(json, "target", kr.Target);
            Number(json, "result", kr.Result);
            Number(json, "score", kr.Score);
            Text(json, "status", Names.Of(kr.Status));
            WriteVerdict(json, kr.Verdict);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Every ended period's grading, overall and per team.</summary>
    private static void Evaluations(Utf8JsonWriter json, Report report)
    {
        json.WriteStartArray("evaluations");
        foreach (var evaluation in report.Evaluations)
        {
            json.WriteStartObject();
            Text(json, "period", evaluation.Period.ToString());
            Text(json, "team", evaluation.Team);
            Number(json, "score", evaluation.Score);
            WriteVerdict(json, evaluation.Verdict);
            Strings(json, "objectives", evaluation.Objectives);
            Verdicts(json, "objectivesByVerdict", evaluation.Verdicts);
            var bands = evaluation.KeyResultBands;
            json.WriteStartObject("keyResultBands");
            json.WriteNumber("low", bands.Low);
            json.WriteNumber("middle", bands.Middle);
            json.WriteNumber("high", bands.High);
            json.WriteNumber("full", bands.Full);
            json.WriteNumber("noScore", bands.NoScore);
            json.WriteEndObject();
            Strings(json, "committedMissed", evaluation.CommittedMissed);
            Strings(json, "allAtOne", evaluation.AllAtOne);
            json.WriteEndObject();
            FlushIfFull(json);
        }

        json.WriteEndArray();
    }

    /// <summary>Every verdict as a key, best first, with its count (0 included).</summary>
    private static void Verdicts(Utf8JsonWriter json, string name, VerdictCounts counts)
    {
        json.WriteStartObject(name);
        foreach (var verdict in VerdictCounts.BestFirst)
        {
            json.WriteNumber(Names.Of(verdict), counts[verdict]);
        }

        json.WriteEndObject();
    }
}
