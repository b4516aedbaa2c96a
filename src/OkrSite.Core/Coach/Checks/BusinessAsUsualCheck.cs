using System.Collections.Immutable;
using System.Globalization;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;

namespace OkrSite.Core.Coach.Checks;

/// <summary>
/// OKR0505: an objective whose title's first word is a business-as-usual verb ("Maintain 99.9 % uptime").
/// Only the first word counts: "Launch a plan customers keep using" is a change, "Keep churn low" is not.
/// </summary>
internal sealed class BusinessAsUsualCheck : CoachCheck
{
    /// <summary>The built-in list (English): each verb with its -s and -ing forms, compared case-insensitively.</summary>
    public static ImmutableArray<string> EnglishWords { get; } =
    [
        "continue", "continues", "continuing",
        "keep", "keeps", "keeping",
        "maintain", "maintains", "maintaining",
        "preserve", "preserves", "preserving",
        "stay", "stays", "staying",
        "sustain", "sustains", "sustaining",
        "uphold", "upholds", "upholding",
    ];

    public override DiagnosticCode Code => Codes.CoachBusinessAsUsual;

    public override string Name => "business-as-usual";

    public override string Title => "Business as usual, not a change";

    public override string Why => "Niven and Lamorte, and Wodtke, keep health metrics (\"keep uptime at 99.9 %\") out of OKRs: holding a level is what a KPI with thresholds watches, while an objective describes a change worth the focus.";

    /// <summary>
    /// The words to look for: site.json's list when it has one, else the English list when the site's language is
    /// English ("en", "en-GB"); otherwise none, since an English verb list says nothing about a German title.
    /// </summary>
    public static ImmutableArray<string> Words(CoachOptions options, string language) =>
        options.BusinessAsUsual ?? (IsEnglish(language) ? EnglishWords : []);

    public static bool IsEnglish(string language) =>
        language.Equals("en", StringComparison.OrdinalIgnoreCase) || language.StartsWith("en-", StringComparison.OrdinalIgnoreCase);

    /// <summary>The title's first word (letters, digits, apostrophes and '-' inside it), or null when it has none.</summary>
    public static string? FirstWord(string title)
    {
        var start = 0;
        while (start < title.Length && !char.IsLetterOrDigit(title[start]))
        {
            start++;
        }

        var end = start;
        while (end < title.Length && (char.IsLetterOrDigit(title[end]) || (title[end] is '\'' or '-' && end + 1 < title.Length && char.IsLetterOrDigit(title[end + 1]))))
        {
            end++;
        }

        return end > start ? title[start..end] : null;
    }

    public override IEnumerable<CoachFinding> Run(CoachContext context)
    {
        var words = Words(context.Options, context.Report.Config.Language).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (words.Count == 0)
        {
            yield break;
        }

        foreach (var o in context.Report.Objectives)
        {
            if (FirstWord(o.Title) is { } first && words.Contains(first))
            {
                yield return CoachFinding.About(o, string.Create(CultureInfo.InvariantCulture, $"objective '{o.Title}' ({o.Key}) starts with '{first}', which describes business as usual"), "holding a level is a KPI's job (with green and red thresholds); write the objective for what should change");
            }
        }
    }
}
