using System.Collections.Immutable;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Content;
using OkrSite.Core.Model;

namespace OkrSite.Core.Load.CheckIns;

/// <summary>
/// A key result's <c>checkins:</c> list in front matter: each entry a date, a confidence, a value or both, and an
/// optional comment. A bad entry is reported and left out; the key result stays.
/// </summary>
internal static class FrontMatterCheckIns
{
    public static IReadOnlyList<string> Fields { get; } = ["date", "value", "confidence", "comment"];

    public static ImmutableArray<CheckIn> Read(YamlFields keyResult, DiagnosticBag diagnostics)
    {
        if (!keyResult.Has(CheckIn.Field) || keyResult.Mappings(CheckIn.Field, "check-in") is not { } entries)
        {
            return [];
        }

        var checkIns = ImmutableArray.CreateBuilder<CheckIn>(entries.Count);
        foreach (var entry in entries)
        {
            if (Entry(entry, diagnostics) is { } checkIn)
            {
                checkIns.Add(checkIn);
            }
        }

        return checkIns.ToImmutable();
    }

    private static CheckIn? Entry(YamlFields entry, DiagnosticBag diagnostics)
    {
        entry.WarnUnknown(Fields, "a check-in");
        var date = entry.Date("date");
        var value = entry.Number("value");
        var comment = entry.String("comment");
        double? confidence = null;
        var ok = true;
        if (entry.Has("confidence") && entry.String("confidence") is { } text)
        {
            confidence = ConfidenceScale.Parse(text, '.', out var problem);
            if (problem is not null)
            {
                diagnostics.Add(Codes.CheckInBadConfidence, entry.ValueAt("confidence"), $"confidence {problem}");
                ok = false;
            }
        }

        if (!entry.Has("date"))
        {
            diagnostics.Add(Codes.CheckInIncomplete, entry.Start, "a check-in needs a 'date:' (yyyy-MM-dd), such as { date: 2026-10-05, confidence: 6 }");
            return null;
        }

        // A wrong date, value or confidence was reported where it is written; the rest of the entry is not guessed at.
        if (date is null || !ok || (entry.Has("value") && value is null))
        {
            return null;
        }

        if (value is null && confidence is null)
        {
            diagnostics.Add(Codes.CheckInIncomplete, entry.Start, "a check-in needs a 'confidence:' (0 to 10, low, medium or high), a 'value:' or both");
            return null;
        }

        var origin = new ValueOrigin(OriginKind.FrontMatter, entry.Start with { Column = 0 }, CheckIn.Field, date);
        return new CheckIn(date.Value, value, confidence, string.IsNullOrWhiteSpace(comment) ? null : comment, origin);
    }
}
