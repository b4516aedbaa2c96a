using OkrSite.Core.Load;

namespace OkrSite.Core.Validate;

/// <summary>
/// "Did you mean" for the names of one kind that name nothing. Each lookup compares the name with every known one,
/// so a site with 100,000 key results naming 100,000 unknown metrics among 200,000 series would compare 10^10
/// pairs: a name is looked up once, and after <see cref="Budget"/> different names the rest get no suggestion.
/// The validator asks in file order, so the same site gets the same suggestions.
/// </summary>
internal sealed class Suggestions(IEnumerable<string> known)
{
    /// <summary>More different misspellings than this in one site are not typos worth a suggestion each.</summary>
    public const int Budget = 100;

    private readonly Dictionary<string, string> _asked = new(StringComparer.Ordinal);
    private string[]? _known;

    /// <summary>"; did you mean 'x'?" or an empty text.</summary>
    public string For(string word)
    {
        if (_asked.TryGetValue(word, out var text))
        {
            return text;
        }

        if (_asked.Count >= Budget)
        {
            return string.Empty;
        }

        _known ??= [.. known];
        text = Suggest.DidYouMean(word, _known);
        _asked.Add(word, text);
        return text;
    }
}
