using System.Globalization;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Render.Html;

namespace OkrSite.Core.Render.Text;

/// <summary>
/// The interface text of the pages in the site's language: every label, heading and sentence the theme and the
/// views write, from the theme's resource files i18n/&lt;language&gt;.yaml. A key the language lacks reads in
/// English, so a translation can be partial; a site overrides or adds a language with one file of its own.
/// Built once per build, read by every page in parallel.
/// </summary>
internal sealed class UiText
{
    public const string Folder = "i18n/";
    public const string FallbackLanguage = "en";

    private static readonly Lazy<UiText> BuiltInEnglish = new(() => Load(Theme.BuiltIn, FallbackLanguage, new DiagnosticBag()));

    private readonly IReadOnlyDictionary<string, TextEntry> _entries;

    private UiText(string language, Formatter format, IReadOnlyDictionary<string, TextEntry> entries)
    {
        Language = language;
        Format = format;
        _entries = entries;
    }

    /// <summary>The tool's own English text and formatting: for tests and code that has no site.</summary>
    public static UiText English => BuiltInEnglish.Value;

    /// <summary>The language whose file was found ("de" for a site.json "de-AT" without a de-AT.yaml), "en" when none was.</summary>
    public string Language { get; }

    /// <summary>Numbers and dates in the same language.</summary>
    public Formatter Format { get; }

    /// <summary>Every key there is text for, sorted.</summary>
    public IEnumerable<string> Keys => _entries.Keys.Order(StringComparer.Ordinal);

    public bool Has(string key) => _entries.ContainsKey(key);

    /// <summary>Every key with its forms as written, by key: what a page's cache key reads of the text.</summary>
    public IEnumerable<(string Key, string Other, string? One)> Forms() =>
        _entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, e.Value.Other.Format, e.Value.One?.Format));

    /// <summary>
    /// The text of <paramref name="key"/> with its placeholders filled in. Numbers among the arguments are written
    /// by <see cref="Format"/> ("1,234", "0,5"); for a plural key the first argument is the count that picks the form.
    /// </summary>
    /// <exception cref="TextException">No file has the key, or it reads more arguments than were given.</exception>
    public string Get(string key, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(key);
        args ??= [null];
        if (!_entries.TryGetValue(key, out var entry))
        {
            throw new TextException(key, $"no interface text has the key '{key}'; add it to {Folder}{FallbackLanguage}.yaml (and each translation) in the theme");
        }

        if (args.Length < entry.Arguments)
        {
            throw new TextException(key, string.Create(CultureInfo.InvariantCulture, $"the text '{key}' ({entry.File} line {entry.Line}) reads {entry.Arguments} values, but {args.Length} were given"));
        }

        var format = entry.One is { } one && args.Length > 0 && IsOne(args[0]) ? one : entry.Other;
        var shown = new object?[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            shown[i] = Shown(args[i]);
        }

        return string.Format(Format.Culture, format, shown);
    }

    /// <summary>
    /// The text for a site.json <c>language</c>, from the theme's files: the exact tag's file (de-AT.yaml), then its
    /// language's (de.yaml), then English for what those lack; each file the site has wins over the tool's copy
    /// key by key. Problems are reported to <paramref name="diagnostics"/>.
    /// </summary>
    public static UiText Load(Theme theme, string? language, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var requested = string.IsNullOrWhiteSpace(language) ? FallbackLanguage : language.Trim();
        var primary = Formatter.Primary(requested);
        var available = theme.Files(Folder)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(f => f[Folder.Length..^".yaml".Length])
            .ToList();

        // Most specific first: "de-AT" then "de"; "en" is the fallback under every language.
        var chain = new List<string>();
        foreach (var candidate in new[] { requested, primary })
        {
            if (available.FirstOrDefault(a => string.Equals(a, candidate, StringComparison.OrdinalIgnoreCase)) is { } found && !chain.Contains(found))
            {
                chain.Add(found);
            }
        }

        if (chain.Count == 0 && !string.Equals(primary, FallbackLanguage, StringComparison.Ordinal))
        {
            diagnostics.Add(Codes.TextLanguageUnknown, new SourceSpan("site.json"), $"language '{requested}' has no interface text: the theme has {Folder}{{{string.Join(", ", available)}}}.yaml, so the pages are in English; add themes/default/{Folder}{primary}.yaml to translate them");
        }

        var english = Layer(theme, FallbackLanguage, diagnostics);
        var entries = new Dictionary<string, TextEntry>(english, StringComparer.Ordinal);
        var translated = new Dictionary<string, TextEntry>(StringComparer.Ordinal);
        foreach (var name in Enumerable.Reverse(chain).Where(n => !string.Equals(n, FallbackLanguage, StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var (key, entry) in Layer(theme, name, diagnostics))
            {
                if (english.TryGetValue(key, out var original) && entry.Arguments > original.Arguments)
                {
                    diagnostics.Add(Codes.TextPlaceholders, new SourceSpan(entry.File, entry.Line), string.Create(CultureInfo.InvariantCulture, $"the translation of '{key}' reads {entry.Arguments} values, but the English text ({original.File} line {original.Line}) has only {original.Arguments}: use {{0}} to {{{original.Arguments - 1}}}"));
                    continue;
                }

                entries[key] = entry;
                translated[key] = entry;
            }
        }

        var shownLanguage = chain.Count > 0 ? chain[0] : FallbackLanguage;
        if (chain.Count > 0 && !string.Equals(shownLanguage, FallbackLanguage, StringComparison.OrdinalIgnoreCase))
        {
            var missing = english.Keys.Where(k => !translated.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                const int Listed = 10;
                var list = string.Join(", ", missing.Take(Listed)) + (missing.Count > Listed ? string.Create(CultureInfo.InvariantCulture, $" and {missing.Count - Listed} more") : string.Empty);
                diagnostics.Add(Codes.TextTranslationIncomplete, new SourceSpan(Copies(theme, shownLanguage).FirstOrDefault().File ?? "site.json"), string.Create(CultureInfo.InvariantCulture, $"the {shownLanguage} text lacks {missing.Count} of the {english.Count} keys, which read in English: {list}"));
            }
        }

        return new UiText(shownLanguage, Formatter.For(shownLanguage), entries);
    }

    /// <summary>One language's keys, the tool's file first and the site's over it key by key.</summary>
    private static Dictionary<string, TextEntry> Layer(Theme theme, string language, DiagnosticBag diagnostics)
    {
        var merged = new Dictionary<string, TextEntry>(StringComparer.Ordinal);
        foreach (var (file, text) in Enumerable.Reverse(Copies(theme, language)))
        {
            var parsed = TextResource.Parse(file, text);
            foreach (var problem in parsed.Problems)
            {
                diagnostics.Add(Codes.TextResourceMalformed, new SourceSpan(file, problem.Line), problem.Message);
            }

            foreach (var (key, entry) in parsed.Entries)
            {
                merged[key] = entry;
            }
        }

        return merged;
    }

    private static IReadOnlyList<(string File, string Text)> Copies(Theme theme, string language) => theme.Copies($"{Folder}{language}.yaml");

    private static bool IsOne(object? count) => Number(count) is { } n && Math.Abs(n) == 1;

    private object? Shown(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        int or long or short or byte or uint or ulong or ushort or sbyte => Format.Count(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        double or float or decimal => Format.Number(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        _ => value,
    };

    private static double? Number(object? value) => value switch
    {
        int or long or short or byte or uint or ulong or ushort or sbyte or double or float or decimal => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        _ => null,
    };
}

/// <summary>A text that cannot be written: its key is in no resource file, or it was given too few values.</summary>
internal sealed class TextException(string key, string message) : Exception(message)
{
    public string Key { get; } = key;
}
