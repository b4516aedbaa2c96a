using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.Data;
using OkrSite.Core.Load.Fields;
using OkrSite.Core.Load.FileSystem;
using OkrSite.Core.Load.Static;
using OkrSite.Core.Model;

namespace OkrSite.Core.Load.Config;

/// <summary>Reads site.json: every problem becomes a diagnostic with the line of the key, and defaults fill the rest.</summary>
internal static partial class SiteConfigLoader
{
    public const string FileName = "site.json";

    /// <summary>The keys site.json may have at its top level ("$schema" is the editor's, read and ignored); the editor schema lists the same.</summary>
    public static IReadOnlyList<string> TopLevelKeys { get; } = ["$schema", "title", "baseUrl", "period", "asOf", "theme", "data", "scoring", "allowHtml", "csv", "language", "dataFolders", "logo", "links", "coach", "checkIns", "compareTo"];

    public static IReadOnlyList<string> ScoringKeys { get; } = ["success", "atRisk"];

    public static IReadOnlyList<string> CsvKeys { get; } = ["decimal", "dateFormat"];

    /// <summary>The values of links, by the style each one names.</summary>
    public static IReadOnlyList<(string Value, LinkStyle Style)> LinkValues { get; } = [("folders", LinkStyle.Folders), ("index.html", LinkStyle.IndexFiles)];

    // Hand-edited config files get comments and trailing commas; accepting them costs nothing.
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
    private static readonly JsonReaderOptions ReaderOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static SiteConfig? Load(string siteDirectory, DiagnosticBag diagnostics) => Load(new SiteFileSystem(siteDirectory), diagnostics);

    public static SiteConfig? Load(SiteFileSystem site, DiagnosticBag diagnostics)
    {
        var siteDirectory = site.Root;
        var entry = site.Classify(FileName);
        switch (entry.Kind)
        {
            case EntryKind.File:
                break;
            case EntryKind.Missing or EntryKind.Folder:
                diagnostics.Add(Codes.SiteConfigMissing, SourceSpan.None, $"no {FileName} in '{siteDirectory}': create one with at least {{ \"title\": \"...\" }}, or pass the site folder");
                return null;
            default:
                diagnostics.Add(Codes.SiteConfigNotAFile, new SourceSpan(FileName), entry.Detail);
                return null;
        }

        try
        {
            return Parse(site.ReadAllBytes(entry.RealPath), diagnostics, site);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Codes.SiteConfigInvalidJson, new SourceSpan(FileName), $"{FileName} cannot be read: {ex.Message}");
            return null;
        }
    }

    /// <param name="site">When given, the file that logo names is looked for under its static/ folder.</param>
    public static SiteConfig? Parse(byte[] utf8, DiagnosticBag diagnostics, SiteFileSystem? site = null)
    {
        var file = new SourceSpan(FileName);
        var bytes = utf8.AsSpan();
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        if (Utf16Sniffer.Detect(utf8) is { } utf16)
        {
            diagnostics.Add(Codes.SiteConfigInvalidJson, file with { Line = 1, Column = 1 }, Utf16Sniffer.Message(utf16, FileName));
            return null;
        }

        if (FirstInvalidUtf8(bytes) is { } bad)
        {
            diagnostics.Add(Codes.SiteConfigInvalidJson, file with { Line = bad.Line, Column = bad.Column }, $"{FileName} is not UTF-8 text (byte 0x{bytes[bad.Offset]:X2} here); save it as UTF-8");
            return null;
        }

        JsonDocument document;
        JsonPositions.Result positions;
        try
        {
            document = JsonDocument.Parse(bytes.ToArray(), DocumentOptions);
            positions = JsonPositions.Read(bytes, FileName, ReaderOptions);
        }
        catch (InvalidOperationException)
        {
            diagnostics.Add(Codes.SiteConfigInvalidJson, file with { Line = 1, Column = 1 }, $"{FileName} has a \\u escape that is not a valid character (a lone surrogate such as \\ud800); remove it");
            return null;
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            var message = ex.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            message = cut > 0 ? message[..cut] : message;
            diagnostics.Add(Codes.SiteConfigInvalidJson, file with { Line = line, Column = column }, $"{FileName} is not valid JSON: {message.TrimEnd('.')}");
            return null;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(Codes.SiteConfigInvalidJson, file with { Line = 1, Column = 1 }, $"{FileName} must be a JSON object such as {{ \"title\": \"...\" }}");
                return null;
            }

            try
            {
                foreach (var duplicate in positions.Duplicates)
                {
                    diagnostics.Add(Codes.SiteConfigDuplicateKey, duplicate.At, $"key '{duplicate.Path}' is given twice (first on line {duplicate.First.Line}); JSON keeps only one of them, so remove the other");
                }

                return new Reader(document.RootElement, positions.Positions, diagnostics, site).Read();
            }
            catch (InvalidOperationException)
            {
                // System.Text.Json accepts "\udc00" while parsing but cannot turn a lone surrogate into a string.
                diagnostics.Add(Codes.SiteConfigInvalidJson, file with { Line = 1, Column = 1 }, $"{FileName} has a \\u escape that is not a valid character (a lone surrogate such as \\udc00); remove it");
                return null;
            }
        }
    }

    /// <summary>The position of the first byte that is not valid UTF-8, or null when the text is valid.</summary>
    private static (int Offset, int Line, int Column)? FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        int offset = 0, line = 1, column = 1;
        while (offset < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[offset..], out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return (offset, line, column);
            }

            (line, column) = rune.Value == '\n' ? (line + 1, 1) : (line, column + 1);
            offset += consumed;
        }

        return null;
    }

    /// <summary>site.json's values, each turned into a <see cref="FieldValue"/> at its key and read by the <see cref="FieldReader"/> that front matter shares.</summary>
    private sealed partial class Reader(JsonElement root, Dictionary<string, SourceSpan> positions, DiagnosticBag diagnostics, SiteFileSystem? site)
    {
        private readonly FieldReader _fields = new(FieldFormat.SiteJson, diagnostics);

        private SourceSpan At(string path) => positions.TryGetValue(path, out var at) ? at : new SourceSpan(FileName, 1, 1);

        public SiteConfig? Read()
        {
            WarnUnknown(root, string.Empty, TopLevelKeys);
            _ = String("$schema");
            var title = String("title");
            if (string.IsNullOrWhiteSpace(title))
            {
                diagnostics.Add(Codes.SiteConfigMissingTitle, positions.ContainsKey("title") ? At("title") : new SourceSpan(FileName, 1, 1), $"{FileName} needs a \"title\", the name shown at the top of every page");
            }

            var config = SiteConfig.Default(title?.Trim() ?? string.Empty);
            var baseUrl = String("baseUrl") ?? "/";
            if (BaseUrl.Problem(baseUrl) is { } problem)
            {
                diagnostics.Add(Codes.SiteConfigBadBaseUrl, At("baseUrl"), problem);
                baseUrl = "/";
            }

            config = config with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" };

            if (_fields.Period(Field(root, "period")) is { } period)
            {
                config = config with { Period = period };
            }

            if (_fields.Date(Field(root, "asOf")) is { } asOf)
            {
                config = config with { AsOf = asOf };
            }

            config = config with { Theme = String("theme") ?? config.Theme, Language = String("language") ?? config.Language };
            if (!IsSafeName(config.Theme))
            {
                Invalid("theme", $"theme '{config.Theme}' must be a folder name of letters, digits, '-' or '_'");
            }

            config = config with { DataFolders = DataFolders() };
            config = config with { Data = Data(config.DataFolders) ?? config.Data, AllowHtml = Bool("allowHtml") ?? false };
            config = config with { Scoring = Scoring(), Csv = Csv() };
            config = config with { Logo = Logo(), Links = Links() };
            config = config with { Coach = Coach() };
            config = config with { CheckIns = CheckIns(config.DataFolders) };
            config = config with { CompareTo = CompareTo() };
            if (config.Links == LinkStyle.IndexFiles && config.BaseUrl != "/")
            {
                diagnostics.Add(Codes.SiteConfigBaseUrlUnused, At("baseUrl"), $"baseUrl '{config.BaseUrl}' is not used: with \"links\": \"index.html\" every link is relative, so the site works from any folder or file share; remove baseUrl, or set \"links\": \"folders\" for a site a web server serves under {config.BaseUrl}");
            }

            return config;
        }

        private LinkStyle Links()
        {
            if (String("links") is not { } text)
            {
                return LinkStyle.Folders;
            }

            foreach (var (value, style) in LinkValues)
            {
                if (string.Equals(text.Trim(), value, StringComparison.OrdinalIgnoreCase))
                {
                    return style;
                }
            }

            Invalid("links", $"links '{text}' must be \"folders\" (links end in a page's folder, for a web server) or \"index.html\" (links end in index.html, for a site opened from a file share){Suggest.DidYouMean(text, LinkValues.Select(v => v.Value))}");
            return LinkStyle.Folders;
        }

        /// <summary>compareTo: a path inside the site, by the rule of logo's (existence is the build's question: a first run has none).</summary>
        private string? CompareTo()
        {
            if (Field(root, "compareTo") is not { } field)
            {
                return null;
            }

            var path = field.Shape == ValueShape.Quoted ? field.Text : null;
            var problem = path is null ? "must be a path in quotes" : StaticPaths.Problem(path) is { } p ? $"'{path}' {p}" : null;
            if (problem is not null)
            {
                diagnostics.Add(Codes.SiteConfigBadCompareTo, At("compareTo"), $"compareTo {problem}; write the path of a previous report.json relative to site.json, such as \"content/reviews/last-review.json\"");
                return null;
            }

            return path;
        }

        /// <summary>The logo's path under static/ when it is one that names a file there; null (with an error) otherwise.</summary>
        private string? Logo()
        {
            if (String("logo") is not { } logo)
            {
                return null;
            }

            if (StaticPaths.Problem(logo) is { } problem)
            {
                diagnostics.Add(Codes.SiteConfigBadLogo, At("logo"), $"logo '{logo}' {problem}; write the path relative to static/, such as \"logo.svg\" for static/logo.svg");
                return null;
            }

            if (site is null)
            {
                return logo;
            }

            var entry = site.Classify($"{StaticPaths.Folder}/{logo}");
            if (entry.Kind is EntryKind.File || entry.IsProblem)
            {
                // A link out of the site or a FIFO is reported where static/ is listed, as every entry there is.
                return logo;
            }

            var files = site.List(StaticPaths.Folder, int.MaxValue, _ => true).Files.Select(f => f.Path[(StaticPaths.Folder.Length + 1)..]).ToList();
            var what = entry.Kind == EntryKind.Folder ? "is a folder, not a file" : "names no file";
            diagnostics.Add(Codes.SiteConfigLogoMissing, At("logo"), $"logo '{logo}' {what} in {StaticPaths.Folder}/{StaticPaths.Suggestion(logo, files)}");
            return null;
        }

        private ImmutableArray<string>? Data(IReadOnlyDictionary<string, string> dataFolders)
        {
            var data = Field(root, "data");
            if (data is null)
            {
                return null;
            }

            var globs = _fields.TextList(data, "a glob", "globs relative to site.json, such as [\"content/data/*.csv\"]");
            return data.IsScalar || data.Items.All(i => i.Shape == ValueShape.Quoted) ? Confined(globs, dataFolders) : null;
        }

        /// <summary>The globs that stay inside the site or a named data folder; each other one is an error at its line.</summary>
        private ImmutableArray<string> Confined(IEnumerable<Located<string>> globs, IReadOnlyDictionary<string, string> dataFolders)
        {
            var kept = ImmutableArray.CreateBuilder<string>();
            foreach (var (glob, at) in globs)
            {
                if (DataGlob.Parse(glob, dataFolders, out var problem) is null)
                {
                    diagnostics.Add(Codes.DataGlobOutside, at, problem!);
                }
                else
                {
                    kept.Add(glob);
                }
            }

            return kept.ToImmutable();
        }

        private ImmutableSortedDictionary<string, string> DataFolders()
        {
            var folders = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            if (!root.TryGetProperty("dataFolders", out var element) || element.ValueKind == JsonValueKind.Null)
            {
                return folders.ToImmutable();
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(Codes.SiteConfigBadDataFolder, At("dataFolders"), "dataFolders must be an object of names and folders, such as { \"exports\": \"/srv/bi/exports\" }");
                return folders.ToImmutable();
            }

            foreach (var property in element.EnumerateObject())
            {
                var at = At($"dataFolders.{property.Name}");
                if (!IsSafeName(property.Name))
                {
                    diagnostics.Add(Codes.SiteConfigBadDataFolder, at, $"data folder name '{property.Name}' must be letters, digits, '-' or '_'");
                }
                else if (property.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(property.Value.GetString()))
                {
                    diagnostics.Add(Codes.SiteConfigBadDataFolder, at, $"data folder '{property.Name}' must be a folder path in quotes, absolute or relative to the site folder");
                }
                else
                {
                    folders[property.Name] = property.Value.GetString()!;
                }
            }

            return folders.ToImmutable();
        }

        private ScoringOptions Scoring()
        {
            if (!root.TryGetProperty("scoring", out var scoring))
            {
                return ScoringOptions.Default;
            }

            if (scoring.ValueKind != JsonValueKind.Object)
            {
                Invalid("scoring", "scoring must be an object such as { \"success\": 0.7, \"atRisk\": 0.4 }");
                return ScoringOptions.Default;
            }

            WarnUnknown(scoring, "scoring.", ScoringKeys);
            var success = _fields.Number(Field(scoring, "scoring.success")) ?? ScoringOptions.Default.Success;
            var atRisk = _fields.Number(Field(scoring, "scoring.atRisk")) ?? ScoringOptions.Default.AtRisk;
            if (!(atRisk > 0 && atRisk <= success && success <= 1))
            {
                Invalid("scoring", string.Create(CultureInfo.InvariantCulture, $"scoring needs 0 < atRisk <= success <= 1, but atRisk is {atRisk} and success is {success}"));
                return ScoringOptions.Default;
            }

            return new ScoringOptions(success, atRisk);
        }

        private CsvOptions Csv()
        {
            if (!root.TryGetProperty("csv", out var csv))
            {
                return CsvOptions.Default;
            }

            if (csv.ValueKind != JsonValueKind.Object)
            {
                Invalid("csv", "csv must be an object such as { \"decimal\": \",\", \"dateFormat\": \"MM/dd/yyyy\" }");
                return CsvOptions.Default;
            }

            WarnUnknown(csv, "csv.", CsvKeys);
            char? separator = null;
            if (String(csv, "csv.decimal") is { } text)
            {
                if (text is "." or ",")
                {
                    separator = text[0];
                }
                else
                {
                    Invalid("csv.decimal", $"csv.decimal '{text}' must be \".\" or \",\"");
                }
            }

            var dateFormat = String(csv, "csv.dateFormat");
            if (dateFormat is not null && !IsUsableDateFormat(dateFormat))
            {
                Invalid("csv.dateFormat", $"csv.dateFormat '{dateFormat}' is not a .NET date format with year, month and day, such as \"MM/dd/yyyy\"");
                dateFormat = null;
            }

            return new CsvOptions(separator, dateFormat);
        }

        private static bool IsUsableDateFormat(string format)
        {
            try
            {
                var probe = new DateOnly(2031, 12, 24);
                var text = probe.ToString(format, CultureInfo.InvariantCulture);
                return DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var back) && back == probe;
            }
            catch (FormatException)
            {
                return false;
            }
        }

        private static bool IsSafeName(string name) =>
            name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

        private void WarnUnknown(JsonElement element, string prefix, IReadOnlyList<string> known)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (!known.Contains(property.Name, StringComparer.Ordinal))
                {
                    var scope = prefix.Length == 0 ? FileName : $"'{prefix.TrimEnd('.')}'";
                    diagnostics.Add(Codes.SiteConfigUnknownKey, At(prefix + property.Name), $"unknown key '{prefix}{property.Name}' in {scope} is ignored{Suggest.DidYouMean(property.Name, known)}");
                }
            }
        }

        private string? String(string name) => String(root, name);

        private string? String(JsonElement parent, string path) => _fields.Text(Field(parent, path));

        private bool? Bool(string name) => _fields.Bool(Field(root, name));

        /// <summary>The value at <paramref name="path"/> (the last part of it a key of <paramref name="parent"/>); null when absent or null.</summary>
        private FieldValue? Field(JsonElement parent, string path)
        {
            var name = path[(path.LastIndexOf('.') + 1)..];
            return parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? Field(path, value, At(path)) : null;
        }

        private FieldValue Field(string path, JsonElement value, SourceSpan at) => value.ValueKind switch
        {
            JsonValueKind.String => new FieldValue(path, value.GetString(), ValueShape.Quoted, at),
            JsonValueKind.Number => new FieldValue(path, value.GetRawText(), ValueShape.Number, at),
            JsonValueKind.True or JsonValueKind.False => new FieldValue(path, value.GetRawText(), ValueShape.Bool, at),
            JsonValueKind.Array => new FieldValue(path, null, ValueShape.List, at)
            {
                Items = [.. value.EnumerateArray().Select((item, i) => Field(path, item, positions.TryGetValue($"{path}[{i}]", out var itemAt) ? itemAt : at))],
            },

            // A null entry of a list is no text; an object is no scalar.
            JsonValueKind.Null => new FieldValue(path, "null", ValueShape.Number, at),
            _ => new FieldValue(path, null, ValueShape.Mapping, at),
        };

        private void Invalid(string path, string message) => diagnostics.Add(Codes.SiteConfigInvalidValue, At(path), message);
    }
}
