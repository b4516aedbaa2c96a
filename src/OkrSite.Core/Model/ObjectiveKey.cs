namespace OkrSite.Core.Model;

/// <summary>
/// An objective's identity. Ids are unique per period only (teams keep one folder per quarter with the same file
/// names), so an objective is named across the site by its period and id, written "2026-Q3/retention", and one of
/// its key results by "2026-Q3/retention/kr-id". Neither a period nor an id contains '/', so both split unambiguously.
/// </summary>
internal static class ObjectiveKey
{
    public const char Separator = '/';

    /// <summary>
    /// Orders keys (and key result references) by id first, then by period: lists that were sorted by id while ids
    /// were unique across periods keep their order.
    /// </summary>
    public static IComparer<string> IdOrder { get; } = Comparer<string>.Create((a, b) =>
    {
        var byId = string.CompareOrdinal(a[(a.IndexOf(Separator) + 1)..], b[(b.IndexOf(Separator) + 1)..]);
        return byId != 0 ? byId : string.CompareOrdinal(a, b);
    });

    public static string Of(Period period, string id) => $"{period}{Separator}{id}";

    public static string OfKeyResult(string objectiveKey, string keyResultId) => $"{objectiveKey}{Separator}{keyResultId}";

    /// <summary>Splits "2026-Q3/retention/kr-id" into the objective's key and the key result's id.</summary>
    public static (string Objective, string KeyResult) SplitKeyResult(string reference)
    {
        var last = reference.LastIndexOf(Separator);
        return last <= 0 ? throw new FormatException($"'{reference}' is not a key result reference such as 2026-Q3/retention/kr1.") : (reference[..last], reference[(last + 1)..]);
    }

    /// <summary>
    /// Reads "period/id" as written in aligns_to ("2026-q3/retention" too, since periods are read case-insensitively)
    /// into the canonical key; false for a plain id or anything that is not a period and a non-empty id.
    /// </summary>
    public static bool TryParse(string text, out string key)
    {
        key = string.Empty;
        var slash = text.IndexOf(Separator);
        if (slash <= 0 || slash == text.Length - 1 || text.IndexOf(Separator, slash + 1) >= 0 || !Period.TryParse(text[..slash], out var period))
        {
            return false;
        }

        key = Of(period, text[(slash + 1)..]);
        return true;
    }
}
