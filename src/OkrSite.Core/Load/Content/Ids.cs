using System.Text;
using System.Text.RegularExpressions;

namespace OkrSite.Core.Load.Content;

/// <summary>
/// Ids name files and folders of the output and appear in URLs, so they are restricted to [a-z0-9-]+:
/// safe on every file system, in every URL, and never a path ('..', '/').
/// </summary>
internal static partial class Ids
{
    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    /// <summary>A valid id close to <paramref name="text"/> ("Customer Loyalty" → "customer-loyalty"), for messages.</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if ((char.IsWhiteSpace(c) || c is '-' or '_' or '.') && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "my-id" : slug;
    }

    [GeneratedRegex(@"\A[a-z0-9-]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
