namespace OkrSite.Core.Load;

/// <summary>
/// "Did you mean" for misspelt keys. Hand-written because it is a dozen lines of Levenshtein distance and
/// no maintained NuGet package offers just that without a larger fuzzy-search dependency.
/// </summary>
public static class Suggest
{
    /// <summary>The known word closest to <paramref name="word"/>, if it is close enough to be a likely typo.</summary>
    public static string? Nearest(string word, IEnumerable<string> known)
    {
        // A third of the word may be wrong (asof → asOf, align_to → aligns_to), never more than 3 edits.
        var allowed = Math.Min(3, Math.Max(1, word.Length / 3));
        var lower = word.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;

        // One pass, no sort: a site can know 200,000 series names. Of two equally close names the ordinally first
        // wins, and a name whose length alone differs by more than the allowed edits cannot be the answer.
        foreach (var candidate in known)
        {
            if (Math.Abs(candidate.Length - word.Length) > allowed)
            {
                continue;
            }

            var distance = Distance(lower, candidate.ToLowerInvariant());
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= allowed ? best : null;
    }

    public static string DidYouMean(string word, IEnumerable<string> known) =>
        Nearest(word, known) is { } nearest ? $"; did you mean '{nearest}'?" : string.Empty;

    /// <summary>
    /// The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two neighbouring
    /// letters each count 1, so "titel" is one edit from "title", the commonest typo of all.
    /// </summary>
    internal static int Distance(string a, string b)
    {
        // Three rows: the swap of two letters looks two rows back.
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], before[j - 2] + 1);
                }
            }

            (before, previous, current) = (previous, current, before);
        }

        return previous[b.Length];
    }
}
