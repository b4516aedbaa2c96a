using System.Globalization;
using System.Text;
using OkrSite.Core.Model;
using OkrSite.Core.Render.Html;

namespace OkrSite.Core.Render;

/// <summary>
/// A comparison as GitHub-flavoured Markdown (okrsite diff: a pull-request comment, $GITHUB_STEP_SUMMARY): a heading,
/// the one-line summary the dashboard shows too, and a table per kind of change. Text from the reports is escaped so
/// that a '|' or a line break in a title never breaks a table, and '*', '_', '&lt;' or '[' never format or link.
/// </summary>
internal static class ComparisonMarkdown
{
    public static string Write(Comparison comparison)
    {
        var md = new StringBuilder();
        md.Append("## What changed since ").Append(Date(comparison.Previous.AsOf)).Append("\n\n");
        md.Append(Escape(comparison.Current.Title)).Append(": the report as of ").Append(Date(comparison.Current.AsOf))
            .Append(" against the one as of ").Append(Date(comparison.Previous.AsOf)).Append(": ").Append(Summary(comparison)).Append(".\n");
        if (!comparison.HasChanges)
        {
            md.Append("\nNo changes.\n");
            return md.ToString();
        }

        var statusRows = comparison.Objectives.Where(o => o.StatusChanged).Select(o => Row(ObjectiveCell(o.Title), o.Period.ToString(), Label(o.From), Label(o.To), FigureText(o.Score, Format.Score)))
            .Concat(comparison.KeyResults.Where(k => k.StatusChanged).Select(k => Row(KeyResultCell(k.ObjectiveTitle, k.Title), k.Period.ToString(), Label(k.From), Label(k.To), FigureText(k.Score, Format.Score))))
            .ToList();
        Table(md, "Status changes", ["Objective or key result", "Period", "Before", "After", "Score"], statusRows);

        var figureRows = comparison.Objectives.Where(o => o.Score.Changed || o.Confidence.Changed).Select(o => Row(ObjectiveCell(o.Title), o.Period.ToString(), FigureText(o.Score, Format.Score), FigureText(o.Confidence, Confidence), "—"))
            .Concat(comparison.KeyResults.Where(k => k.Score.Changed || k.Confidence.Changed || k.Current.Changed).Select(k => Row(
                KeyResultCell(k.ObjectiveTitle, k.Title), k.Period.ToString(), FigureText(k.Score, Format.Score), FigureText(k.Confidence, Confidence), FigureText(k.Current, v => Format.WithUnit(v, k.Unit)))))
            .ToList();
        Table(md, "Score and confidence", ["Objective or key result", "Period", "Score", "Confidence", "Current value"], figureRows);

        Table(md, "KPI health", ["KPI", "Before", "After", "Latest value"], [.. comparison.Kpis.Select(k => Row(
            Escape(k.Name), Label(k.From), Label(k.To), $"{Format.WithUnit(k.LatestFrom?.Value, k.Unit)} → {Format.WithUnit(k.LatestTo?.Value, k.Unit)}"))]);
        Table(md, "New objectives", ["Objective", "Period", "Team", "Status", "Score"], [.. comparison.NewObjectives.Select(EntryRow)]);
        Table(md, "Removed objectives", ["Objective", "Period", "Team", "Status", "Score"], [.. comparison.RemovedObjectives.Select(EntryRow)]);
        Table(md, "New key results", ["Key result", "Period", "Status", "Score"], [.. comparison.NewKeyResults.Select(EntryRow)]);
        Table(md, "Removed key results", ["Key result", "Period", "Status", "Score"], [.. comparison.RemovedKeyResults.Select(EntryRow)]);
        return md.ToString();
    }

    /// <summary>"2 status changes, 1 KPI into warning": the counts that are not 0, or "no changes".</summary>
    public static string Summary(Comparison comparison)
    {
        var parts = new List<string>();
        void Add(int count, string one, string many)
        {
            if (count > 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}"));
            }
        }

        Add(comparison.StatusChanges, "status change", "status changes");
        Add(comparison.KeyResultStatusChanges, "key result status change", "key result status changes");
        Add(comparison.ScoreChanges, "score change", "score changes");
        Add(comparison.KpisIntoCritical, "KPI into critical", "KPIs into critical");
        Add(comparison.KpisIntoWarning, "KPI into warning", "KPIs into warning");
        Add(comparison.KpisOutOfAttention, "KPI out of warning or critical", "KPIs out of warning or critical");
        Add(comparison.NewObjectives.Length, "new objective", "new objectives");
        Add(comparison.RemovedObjectives.Length, "removed objective", "removed objectives");
        Add(comparison.NewKeyResults.Length, "new key result", "new key results");
        Add(comparison.RemovedKeyResults.Length, "removed key result", "removed key results");
        return parts.Count == 0 ? (comparison.HasChanges ? "no status or score changes" : "no changes") : string.Join(", ", parts);
    }

    /// <summary>
    /// Text from a report as one table cell: line breaks become spaces, and ASCII punctuation Markdown could read as
    /// syntax (a table's '|', emphasis, links, HTML, entities, code) is backslash-escaped, which CommonMark renders as
    /// the character itself.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (c is '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '&' or '~' or '#' or '!')
            {
                escaped.Append('\\');
            }

            escaped.Append(char.IsControl(c) ? ' ' : c);
        }

        return escaped.ToString();
    }

    private static void Table(StringBuilder md, string heading, string[] columns, IReadOnlyList<string[]> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        md.Append("\n### ").Append(heading).Append("\n\n");
        md.Append("| ").AppendJoin(" | ", columns).Append(" |\n");
        md.Append('|').AppendJoin('|', columns.Select(_ => " --- ")).Append("|\n");
        foreach (var row in rows)
        {
            md.Append("| ").AppendJoin(" | ", row).Append(" |\n");
        }
    }

    private static string[] Row(params string[] cells) => cells;

    private static string[] EntryRow(ObjectiveEntry o) => [ObjectiveCell(o.Title), o.Period.ToString(), o.Team is null ? "—" : Escape(o.Team), Label(o.Status), Format.Score(o.Score)];

    private static string[] EntryRow(KeyResultEntry k) => [KeyResultCell(k.ObjectiveTitle, k.Title), k.Period.ToString(), Label(k.Status), Format.Score(k.Score)];

    private static string ObjectiveCell(string title) => Escape(title);

    private static string KeyResultCell(string objective, string title) => $"{Escape(objective)} › {Escape(title)}";

    /// <summary>"0.30 → 0.55 (+0.25)"; "— → 0.40" when one side has none; "—" when neither has one.</summary>
    public static string FigureText(FigureChange change, Func<double?, string> format)
    {
        if (change.From is null && change.To is null)
        {
            return Format.None;
        }

        if (!change.Changed)
        {
            return format(change.To);
        }

        return change.Delta is { } delta ? $"{format(change.From)} → {format(change.To)} ({Signed(delta, format)})" : $"{format(change.From)} → {format(change.To)}";
    }

    /// <summary>A delta with its sign: "+0.25", "-3" (0 has none).</summary>
    public static string Signed(double delta, Func<double?, string> format) => delta > 0 ? "+" + format(delta) : format(delta);

    private static string Confidence(double? value) => Format.Number(value);

    private static string Label(Status status) => Format.Badge(status).Label;

    private static string Label(KpiHealth health) => Format.Badge(health).Label;

    private static string Date(DateOnly date) => Format.IsoDate(date);
}
