using System.Collections.Immutable;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;

namespace OkrSite.Tests.Support;

/// <summary>
/// One closed quarter to freeze, in memory (for the pure functions) and as a site folder (for the command):
/// 2026-Q3/retention with kr1 (retention 73 → 75, weight 2, 74.5 on 2026-09-30: score 0.75) and kr2 (a milestone
/// done: 1), so the objective scores (0.75·2 + 1)/3 = 0.83; a 2026-Q4 objective keeps the reporting period open.
/// </summary>
internal static class FrozenQuarter
{
    public static readonly Period Q3 = Period.Parse("2026-Q3");
    public static readonly Period Q4 = Period.Parse("2026-Q4");
    public static readonly DateOnly AsOf = new(2026, 10, 15);
    public const string ObjectiveFile = "content/okrs/2026-Q3/retention.md";

    public static DataPoint P(int month, int day, double value) => new(new DateOnly(2026, month, day), value);

    public static DataSet Data(params DataPoint[] retention) => new(
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("retention", new Series("retention", retention.Length > 0 ? [.. retention] : [P(6, 30, 73), P(7, 31, 73.5), P(8, 31, 74), P(9, 30, 74.5), P(10, 14, 74.8)]))]),
        []);

    public static KpiDefinition Kpi(double? target = 80) =>
        new("retention", new SourceSpan("content/kpis/retention.md", 1), "Retention", "%", Direction.Higher, null, Frequency.Monthly, null, null, null, target, 78, 72, MarkdownText.Empty);

    public static KeyResultDefinition Kr1(double target = 75, double weight = 2, string title = "Raise retention from 73 to 75") =>
        new("kr1", new SourceSpan(ObjectiveFile, 5, 5), title, KeyResultType.Metric, new Located<string>("retention", new SourceSpan(ObjectiveFile, 7)), null, target, null, "%", weight, false, null, null)
        {
            Positions = new FieldPositions(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [
                KeyValuePair.Create("title", new SourceSpan(ObjectiveFile, 6, 7)),
                KeyValuePair.Create("target", new SourceSpan(ObjectiveFile, 8, 7)),
                KeyValuePair.Create("weight", new SourceSpan(ObjectiveFile, 9, 7))])),
        };

    public static KeyResultDefinition Kr2() =>
        new("kr2", new SourceSpan(ObjectiveFile, 10, 5), "Ship success plans", KeyResultType.Milestone, null, null, null, null, null, 1, true, null, null);

    public static ObjectiveDefinition Retention(string title = "Keep customers", params KeyResultDefinition[] keyResults) =>
        new("retention", new SourceSpan(ObjectiveFile, 1), title, Q3, null, null, [], keyResults.Length > 0 ? [.. keyResults] : [Kr1(), Kr2()], MarkdownText.Empty);

    public static ObjectiveDefinition Next() =>
        new("next", new SourceSpan("content/okrs/2026-Q4/next.md", 1), "Next", Q4, null, null, [],
            [new KeyResultDefinition("kr1", new SourceSpan("content/okrs/2026-Q4/next.md", 5), "Grow", KeyResultType.Metric, null, 0, 10, 5, null, 1, false, null, null)], MarkdownText.Empty);

    public static ContentSet Content(params ObjectiveDefinition[] objectives) =>
        new([], [Kpi()], objectives.Length > 0 ? [.. objectives] : [Retention(), Next()], null);

    /// <summary>The same quarter as a site folder, with the objective file's lines as <see cref="Kr1"/> places them.</summary>
    public static TempSite Site(string target = "75", string data = "") => new TempSite()
        .File("site.json", """{ "title": "T", "asOf": "2026-10-15", "period": "2026-Q4", "data": ["content/data/*.csv"], "coach": { "off": ["all"] } }""")
        .File("content/kpis/retention.md", "---\nname: Retention\nunit: \"%\"\ndirection: higher\ntarget: 80\ngreen: 78\nred: 72\n---\n")
        .File(ObjectiveFile, $"---\ntitle: Keep customers\nkey_results:\n  # the outcome\n  - id: kr1\n    title: Raise retention from 73 to 75\n    metric: retention\n    target: {target}\n    weight: 2\n  - id: kr2\n    title: Ship success plans\n    type: milestone\n    done: true\n---\n")
        .File("content/okrs/2026-Q4/next.md", "---\ntitle: Next\nkey_results:\n  - id: kr1\n    title: Grow\n    baseline: 0\n    current: 5\n    target: 10\n---\n")
        .File("content/data/retention.csv", data.Length > 0 ? data : "metric,date,value\nretention,2026-06-30,73\nretention,2026-07-31,73.5\nretention,2026-08-31,74\nretention,2026-09-30,74.5\nretention,2026-10-14,74.8\n");
}
