using System.Collections.Immutable;
using System.Globalization;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;

namespace OkrSite.Core.Load.Content;

/// <summary>Pure parsers from a content file's text to its definition; every problem is a diagnostic with file and line.</summary>
internal static class ContentParser
{
    // The fields each kind of file knows (the editor schemas in docs/schema list the same; a test keeps them in step).
    public static IReadOnlyList<string> TeamFields { get; } = ["id", "name", "parent"];
    public static IReadOnlyList<string> KpiFields { get; } = ["id", "name", "unit", "direction", "indicator", "frequency", "owner", "source", "team", "target", "green", "red"];
    public static IReadOnlyList<string> ObjectiveFields { get; } = ["id", "title", "period", "team", "owner", "aligns_to", "key_results"];
    // The fields whose positions a key result keeps: where its baseline, current value and score come from.
    private static readonly string[] ValueFields = ["baseline", "current", "score", "done", "progress"];

    public static IReadOnlyList<string> KeyResultFields { get; } = ["id", "title", "type", "metric", "baseline", "target", "current", "unit", "weight", "done", "progress", "score", "checkins"];
    public static IReadOnlyList<string> PageFields { get; } = ["title"];

    /// <summary>
    /// The most key results one objective may have. Its page lists each with a chart; at 100,000 that page alone is
    /// hundreds of MB to build. Scores are never computed from part of the list, so more is an error.
    /// </summary>
    public const int MaxKeyResults = 1000;

    /// <param name="file">The path relative to the site folder, with '/' separators.</param>
    public static TeamDefinition? ParseTeam(string file, string text, DiagnosticBag diagnostics)
    {
        var document = ContentDocument.Parse(file, text, diagnostics);
        if (document is null)
        {
            return null;
        }

        var fields = document.Fields;
        fields.WarnUnknown(TeamFields, "a team");
        var id = Id(file, fields, diagnostics);
        var name = fields.RequiredString("name", "a team");
        var parent = fields.Reference("parent");
        var body = MarkdownDepth.Check(file, document.Body, diagnostics);
        return id is null || name is null || !body
            ? null
            : new TeamDefinition(id, new SourceSpan(file, 1, 1), name, parent, document.Body);
    }

    public static KpiDefinition? ParseKpi(string file, string text, DiagnosticBag diagnostics)
    {
        var document = ContentDocument.Parse(file, text, diagnostics);
        if (document is null)
        {
            return null;
        }

        var fields = document.Fields;
        fields.WarnUnknown(KpiFields, "a KPI");
        var id = Id(file, fields, diagnostics);
        var name = fields.RequiredString("name", "a KPI");
        var kpi = new KpiDefinition(
            id ?? string.Empty,
            new SourceSpan(file, 1, 1),
            name ?? string.Empty,
            fields.String("unit"),
            fields.Choice<Direction>("direction", "a KPI") ?? Direction.Higher,
            fields.Choice<Indicator>("indicator", "a KPI"),
            fields.Choice<Frequency>("frequency", "a KPI"),
            fields.String("owner"),
            fields.String("source"),
            fields.Reference("team"),
            fields.Number("target"),
            fields.Number("green"),
            fields.Number("red"),
            document.Body);
        if (kpi is { Green: { } green, Red: { } red }
            && (kpi.Direction == Direction.Higher ? green < red : green > red))
        {
            var rule = kpi.Direction == Direction.Higher ? "at least" : "at most";
            diagnostics.Add(Codes.ThresholdOrder, fields.At("green"), string.Create(CultureInfo.InvariantCulture, $"green {green} and red {red} are the wrong way round: with direction {kpi.Direction.ToString().ToLowerInvariant()}, green must be {rule} red"));
        }

        var body = MarkdownDepth.Check(file, document.Body, diagnostics);
        return id is null || name is null || !body ? null : kpi;
    }

    /// <param name="folderPeriod">The period named by a folder on the file's path (okrs/2026-Q3/x.md), if any.</param>
    public static ObjectiveDefinition? ParseObjective(string file, string text, Period? folderPeriod, DiagnosticBag diagnostics)
    {
        var document = ContentDocument.Parse(file, text, diagnostics);
        if (document is null)
        {
            return null;
        }

        // Every field is read (and so checked) before deciding whether the objective can be kept: a bad id must not
        // hide the other problems of the file.
        var fields = document.Fields;
        fields.WarnUnknown(ObjectiveFields, "an objective");
        var id = Id(file, fields, diagnostics);
        var title = fields.RequiredString("title", "an objective");
        var period = ObjectivePeriod(fields, folderPeriod, diagnostics);
        var keyResults = KeyResults(fields, diagnostics);
        var team = fields.Reference("team");
        var owner = fields.String("owner");
        var alignsTo = fields.StringOrList("aligns_to");
        var body = MarkdownDepth.Check(file, document.Body, diagnostics);
        if (id is null || title is null || period is null || !body)
        {
            return null;
        }

        return new ObjectiveDefinition(id, new SourceSpan(file, 1, 1), title, period.Value, team, owner, alignsTo, keyResults, document.Body);
    }

    /// <summary>content/index.md: front matter is optional here.</summary>
    public static PageText? ParsePage(string file, string text, DiagnosticBag diagnostics)
    {
        var document = ContentDocument.Parse(file, text, diagnostics, frontMatterRequired: false);
        if (document is null)
        {
            return null;
        }

        document.Fields.WarnUnknown(PageFields, "a page");
        var title = document.Fields.String("title");
        return MarkdownDepth.Check(file, document.Body, diagnostics) ? new PageText(title, document.Body) : null;
    }

    private static Period? ObjectivePeriod(YamlFields fields, Period? folderPeriod, DiagnosticBag diagnostics)
    {
        if (fields.Has("period"))
        {
            return fields.Period("period");
        }

        if (folderPeriod is null)
        {
            diagnostics.Add(Codes.InvalidPeriod, fields.Start, "an objective needs a 'period' such as 2026-Q3, or must be in a folder named after its period (content/okrs/2026-Q3/)");
        }

        return folderPeriod;
    }

    private static ImmutableArray<KeyResultDefinition> KeyResults(YamlFields fields, DiagnosticBag diagnostics)
    {
        if (!fields.Has("key_results"))
        {
            diagnostics.Add(Codes.NoKeyResults, fields.Start, "an objective needs 'key_results:', a list of 2 to 5 key results");
            return [];
        }

        var items = fields.Mappings("key_results", "key result");
        if (items is null)
        {
            return [];
        }

        if (items.Count == 0)
        {
            diagnostics.Add(Codes.NoKeyResults, fields.At("key_results"), "key_results is empty: add 2 to 5 key results");
            return [];
        }

        if (items.Count > MaxKeyResults)
        {
            diagnostics.Add(Codes.TooManyKeyResults, fields.At("key_results"), string.Create(CultureInfo.InvariantCulture, $"key_results has {items.Count} key results, more than the {MaxKeyResults} OkrSite reads; split the objective into several (an objective usually has 2 to 5)"));
            return [];
        }

        var results = ImmutableArray.CreateBuilder<KeyResultDefinition>(items.Count);
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var kr = KeyResult(items[i], i, diagnostics);
            if (kr is null)
            {
                continue;
            }

            if (seen.TryGetValue(kr.Id, out var first))
            {
                diagnostics.Add(Codes.DuplicateId, kr.Source, $"key result id '{kr.Id}' is used twice in this objective (first at line {first.Line}); give each key result its own id");
                continue;
            }

            seen.Add(kr.Id, kr.Source);
            results.Add(kr);
        }

        // Bad key results are reported and left out; the objective stays so that its team and aligns_to are still checked.
        return results.ToImmutable();
    }

    private static KeyResultDefinition? KeyResult(YamlFields fields, int index, DiagnosticBag diagnostics)
    {
        fields.WarnUnknown(KeyResultFields, "a key result");
        var ok = true;
        var id = fields.String("id") ?? string.Create(CultureInfo.InvariantCulture, $"kr{index + 1}");
        if (!Ids.IsValid(id))
        {
            diagnostics.Add(Codes.InvalidId, fields.ValueAt("id"), $"key result id '{id}' may only contain a-z, 0-9 and '-'; for example '{Ids.Slug(id)}'");
            ok = false;
        }

        var title = fields.RequiredString("title", "a key result");
        var type = fields.Choice<KeyResultType>("type", "a key result");
        var done = fields.Bool("done");
        var progress = UnitInterval(fields, "progress", diagnostics, ref ok);
        var score = UnitInterval(fields, "score", diagnostics, ref ok);

        // A KR written with only done/progress is a milestone even without 'type: milestone': that is what the author means.
        type ??= (fields.Has("done") || fields.Has("progress")) && !fields.Has("metric") && !fields.Has("target") && !fields.Has("current")
            ? KeyResultType.Milestone
            : KeyResultType.Metric;

        var weight = fields.Number("weight") ?? 1;
        if (weight <= 0)
        {
            diagnostics.Add(Codes.OutOfRange, fields.ValueAt("weight"), string.Create(CultureInfo.InvariantCulture, $"weight {weight} must be greater than 0"));
            ok = false;
        }

        var checkIns = CheckIns.FrontMatterCheckIns.Read(fields, diagnostics);
        var kr = new KeyResultDefinition(
            id,
            fields.Start,
            title ?? string.Empty,
            type.Value,
            fields.Reference("metric"),
            fields.Number("baseline"),
            fields.Number("target"),
            fields.Number("current"),
            fields.String("unit"),
            weight,
            done ?? false,
            progress,
            score);

        if (kr.Type == KeyResultType.Metric && kr.Score is null)
        {
            if (kr.Target is null && !fields.Has("target"))
            {
                diagnostics.Add(Codes.MissingTarget, fields.Start, $"metric key result '{id}' needs a 'target' (or 'type: milestone' if it is done or not done)");
                ok = false;
            }

            if (kr.Metric is null && kr.Current is null && !fields.Has("current") && !checkIns.Any(c => c.Value is not null))
            {
                diagnostics.Add(Codes.NoMetric, fields.Start, $"metric key result '{id}' needs a 'metric' (a KPI or CSV series id) or a 'current' value");
                ok = false;
            }
        }

        kr = kr with { Positions = Positions(fields, ValueFields), CheckIns = checkIns };
        return ok && title is not null ? kr : null;
    }

    private static FieldPositions Positions(YamlFields fields, string[] names) =>
        new(names.Where(fields.Has).ToImmutableSortedDictionary(n => n, fields.At, StringComparer.Ordinal));

    private static double? UnitInterval(YamlFields fields, string key, DiagnosticBag diagnostics, ref bool ok)
    {
        var value = fields.Number(key);
        if (value is < 0 or > 1)
        {
            diagnostics.Add(Codes.OutOfRange, fields.ValueAt(key), string.Create(CultureInfo.InvariantCulture, $"{key} {value} must be between 0 and 1 (0.7 is 70%)"));
            ok = false;
            return null;
        }

        return value;
    }

    private static string? Id(string file, YamlFields fields, DiagnosticBag diagnostics)
    {
        if (fields.Has("id"))
        {
            var id = fields.String("id");
            if (Ids.IsValid(id))
            {
                return id;
            }

            diagnostics.Add(Codes.InvalidId, fields.ValueAt("id"), $"id '{id}' may only contain a-z, 0-9 and '-'; for example '{Ids.Slug(id ?? string.Empty)}'");
            return null;
        }

        var name = Path.GetFileNameWithoutExtension(file);
        if (Ids.IsValid(name))
        {
            return name;
        }

        diagnostics.Add(Codes.InvalidId, new SourceSpan(file, 1, 1), $"the file name '{Path.GetFileName(file)}' is not a valid id (a-z, 0-9 and '-'); rename it to '{Ids.Slug(name)}.md' or set 'id: {Ids.Slug(name)}'");
        return null;
    }
}
