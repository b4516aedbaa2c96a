using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using OkrSite.Core.Model;
using OkrSite.Core.Pipeline;

namespace OkrSite.Cli.Commands;

/// <summary>The arguments and options several commands share, each with its parser and its message.</summary>
internal static class CommonOptions
{
    /// <summary>An empty folder name would mean the current folder: never what anyone wants OkrSite to replace or prune.</summary>
    public static Func<ArgumentResult, string?> NonEmpty(string option) => result =>
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            result.AddError($"{option} needs a folder name; an empty one would mean the current folder");
            return null;
        }

        return text;
    };

    public static Option<bool> StrictOption() => new("--warnings-as-errors")
    {
        Description = "Treat every warning as an error: report it as one and write nothing (for strict CI).",
    };

    public static Option<bool> TimingsOption() => new("--timings")
    {
        Description = "Print the time and allocated memory of each stage, and the count of pages and charts.",
    };

    public static Argument<string> SiteArgument() => new("SITE_DIR")
    {
        Description = "The site folder, with site.json (default: the current folder).",
        DefaultValueFactory = _ => ".",
    };

    public static Option<DateOnly?> AsOfOption() => new("--as-of")
    {
        Description = "The report date, yyyy-MM-dd (default: site.json asOf, else the latest date in the data).",
        HelpName = "DATE",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                result.AddError($"--as-of '{text}' is not a date; write it as yyyy-MM-dd, for example 2026-09-30");
                return null;
            }

            if (!SupportedDates.Contains(date))
            {
                result.AddError($"--as-of '{text}' is outside the supported dates {SupportedDates.Description}");
                return null;
            }

            return date;
        },
    };

    public static Option<Period?> PeriodOption() => new("--period")
    {
        Description = "The reporting period: 2026, 2026-H1, 2026-Q3 (default: site.json period, else the latest period with objectives).",
        HelpName = "PERIOD",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (Period.TryParse(text, out var period))
            {
                return period;
            }

            result.AddError($"--period '{text}' is not a period; write 2026, 2026-H1, 2026-H2 or 2026-Q1 to 2026-Q4");
            return null;
        },
    };
}
