using System.Collections.Immutable;
using System.Globalization;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Content;
using OkrSite.Core.Load.CheckIns;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;

namespace OkrSite.Core.Validate;

/// <summary>
/// Puts each check-ins CSV row on the key result it names and checks every key result's check-ins, from both
/// sources: an unknown objective or key result (with did-you-mean), two check-ins on one date, a check-in outside
/// its key result's period (ignored), a value on a milestone (ignored). Returns the content with the check-ins on
/// the key results' definitions, which is all Compute reads.
/// </summary>
internal static class CheckInRules
{
    /// <param name="content">Validated content: objective keys unique.</param>
    public static ContentSet Attach(ContentSet content, ImmutableArray<CheckInRow> rows, DiagnosticBag diagnostics)
    {
        var byKey = content.Objectives.ToDictionary(o => o.Key, StringComparer.Ordinal);
        var byId = content.Objectives.ToLookup(o => o.Id, StringComparer.Ordinal);
        var objectiveSuggestions = new Suggestions(byId.Select(g => g.Key).Concat(byKey.Keys).Order(StringComparer.Ordinal));
        var fromCsv = new Dictionary<string, List<CheckIn>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (Objective(row, byKey, byId, objectiveSuggestions, content, diagnostics) is not { } objective)
            {
                continue;
            }

            if (!objective.KeyResults.Any(k => k.Id == row.KeyResult.Value))
            {
                var ids = objective.KeyResults.Select(k => k.Id).ToList();
                diagnostics.Add(Codes.CheckInUnknownKeyResult, row.KeyResult.At, $"objective '{objective.Key}' has no key result '{row.KeyResult.Value}'{Load.Suggest.DidYouMean(row.KeyResult.Value, ids)}; its key results are {string.Join(", ", ids.Select(i => $"'{i}'"))}");
                continue;
            }

            var key = ObjectiveKey.OfKeyResult(objective.Key, row.KeyResult.Value);
            if (!fromCsv.TryGetValue(key, out var list))
            {
                list = [];
                fromCsv.Add(key, list);
            }

            list.Add(row.CheckIn);
        }

        var objectives = content.Objectives.Select(o => o with
        {
            KeyResults = [.. o.KeyResults.Select(kr => kr with
            {
                CheckIns = Checked(o, kr, kr.CheckIns.AddRange(fromCsv.GetValueOrDefault(ObjectiveKey.OfKeyResult(o.Key, kr.Id)) ?? []), diagnostics),
            })],
        }).ToImmutableArray();
        return content with { Objectives = objectives };
    }

    /// <summary>
    /// The objective a row names: "period/id", or an id; an id that several periods use is the one whose period
    /// contains the check-in's date, when exactly one does.
    /// </summary>
    private static ObjectiveDefinition? Objective(CheckInRow row, Dictionary<string, ObjectiveDefinition> byKey, ILookup<string, ObjectiveDefinition> byId, Suggestions suggestions, ContentSet content, DiagnosticBag diagnostics)
    {
        var text = row.Objective.Value;
        if (ObjectiveKey.TryParse(text, out var key) && byKey.TryGetValue(key, out var exact))
        {
            return exact;
        }

        var named = byId[text].ToList();
        if (named.Count == 1)
        {
            return named[0];
        }

        if (named.Count == 0)
        {
            if (content.MayBeUnread(ContentLoader.OkrsFolder, text))
            {
                return null;
            }

            diagnostics.Add(Codes.CheckInUnknownObjective, row.Objective.At, $"check-in names objective '{text}', which does not exist{suggestions.For(text)}");
            return null;
        }

        var containing = named.Where(o => o.Period.Contains(row.CheckIn.Date)).ToList();
        if (containing.Count == 1)
        {
            return containing[0];
        }

        var forms = string.Join(", ", named.Select(o => o.Key).Order(StringComparer.Ordinal).Select(k => $"'{k}'"));
        diagnostics.Add(Codes.CheckInAmbiguousObjective, row.Objective.At, string.Create(CultureInfo.InvariantCulture, $"check-in names objective '{text}', an id that objectives of {named.Count} periods use, and {(containing.Count == 0 ? "none" : containing.Count.ToString(CultureInfo.InvariantCulture))} of their periods contain{(containing.Count == 1 ? "s" : string.Empty)} its date {row.CheckIn.Date:yyyy-MM-dd}; write the one meant as period/id: {forms}"));
        return null;
    }

    private static ImmutableArray<CheckIn> Checked(ObjectiveDefinition objective, KeyResultDefinition kr, ImmutableArray<CheckIn> checkIns, DiagnosticBag diagnostics)
    {
        if (checkIns.IsEmpty)
        {
            return checkIns;
        }

        var kept = ImmutableArray.CreateBuilder<CheckIn>(checkIns.Length);
        var seen = new Dictionary<DateOnly, CheckIn>();
        foreach (var checkIn in checkIns.OrderBy(c => c.Date).ThenBy(c => c.Origin.At.File, StringComparer.Ordinal).ThenBy(c => c.Origin.At.Line))
        {
            var at = checkIn.Origin.At;
            var name = $"key result '{kr.Id}' of '{objective.Key}'";
            if (!objective.Period.Contains(checkIn.Date))
            {
                diagnostics.Add(Codes.CheckInOutsidePeriod, at, string.Create(CultureInfo.InvariantCulture, $"check-in on {checkIn.Date:yyyy-MM-dd} for {name} is outside its period {objective.Period} ({objective.Period.Start:yyyy-MM-dd} to {objective.Period.End:yyyy-MM-dd}) and is ignored; correct the date"));
                continue;
            }

            if (seen.TryGetValue(checkIn.Date, out var first))
            {
                var where = first.Origin.At.File == at.File ? $"line {first.Origin.At.Line}" : $"{first.Origin.At.File} line {first.Origin.At.Line}";
                diagnostics.Add(Codes.CheckInDuplicate, at, string.Create(CultureInfo.InvariantCulture, $"{name} already has a check-in on {checkIn.Date:yyyy-MM-dd} at {where}; remove one of them, or correct its date"));
                continue;
            }

            var entry = checkIn;
            if (kr.Type == KeyResultType.Milestone && checkIn.Value is { } value)
            {
                diagnostics.Add(Codes.CheckInMilestoneValue, at, string.Create(CultureInfo.InvariantCulture, $"check-in on {checkIn.Date:yyyy-MM-dd} gives the value {value} for milestone {name}, which has no value; the value is ignored (record progress with 'progress:' or 'done:')"));
                entry = checkIn with { Value = null };
                if (entry.Confidence is null)
                {
                    continue;
                }
            }

            seen.Add(checkIn.Date, checkIn);
            kept.Add(entry);
        }

        return kept.ToImmutable();
    }
}
