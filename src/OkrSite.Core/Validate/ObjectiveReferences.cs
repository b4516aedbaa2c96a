using System.Collections.Immutable;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Content;
using OkrSite.Core.Model;
using OkrSite.Core.Model.Definitions;

namespace OkrSite.Core.Validate;

/// <summary>
/// Resolves an aligns_to reference to the key of the objective it names. Ids are unique per period only, so a
/// reference is either "period/id" (2026-Q3/company-growth), or a plain id when exactly one objective has it. Every
/// aligns_to written while ids were unique across periods is such an id, so old sites resolve as before.
/// </summary>
internal sealed class ObjectiveReferences
{
    /// <summary>An ambiguous id lists at most this many of its period/id forms: an id can be used in every quarter for years.</summary>
    public const int ListedForms = 8;

    private readonly HashSet<string> _keys;
    private readonly Dictionary<string, ImmutableArray<ObjectiveDefinition>> _byId;
    private readonly Suggestions _suggestions;
    private readonly ContentSet? _content;

    /// <param name="objectives">Objectives with unique keys (duplicates already dropped).</param>
    /// <param name="content">Where they came from: an unknown name that an unread file may have held is not reported again.</param>
    public ObjectiveReferences(IReadOnlyCollection<ObjectiveDefinition> objectives, ContentSet? content = null)
    {
        _content = content;
        _keys = objectives.Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        _byId = objectives
            .GroupBy(o => o.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(o => o.Period).ToImmutableArray(), StringComparer.Ordinal);

        // Ids and keys both: a typo of an id that several periods use is suggested the id, whose message then lists its keys.
        _suggestions = new Suggestions(_byId.Keys.Concat(_keys).Order(StringComparer.Ordinal));
    }

    /// <summary>The key <paramref name="reference"/> names, or null after reporting why it names none.</summary>
    public string? Resolve(Located<string> reference, DiagnosticBag diagnostics)
    {
        var text = reference.Value;
        if (ObjectiveKey.TryParse(text, out var key) && _keys.Contains(key))
        {
            return key;
        }

        if (_byId.TryGetValue(text, out var named))
        {
            if (named.Length == 1)
            {
                return named[0].Key;
            }

            diagnostics.Add(Codes.AmbiguousObjective, reference.At, $"aligns_to names '{text}', an id that objectives of {named.Length} periods use; write the one meant as period/id: {Forms(named)}");
            return null;
        }

        if (_content?.MayBeUnread(ContentLoader.OkrsFolder, text) == true)
        {
            return null;
        }

        diagnostics.Add(Codes.UnknownObjective, reference.At, $"aligns_to names '{text}', which is not an objective{_suggestions.For(text)}");
        return null;
    }

    private static string Forms(ImmutableArray<ObjectiveDefinition> named)
    {
        var forms = named.Take(ListedForms).Select(o => $"'{o.Key}'").ToList();
        if (named.Length > ListedForms)
        {
            return $"{string.Join(", ", forms)} or one of {named.Length - ListedForms} more";
        }

        return $"{string.Join(", ", forms[..^1])} or {forms[^1]}";
    }
}
