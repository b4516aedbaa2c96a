using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Load.FileSystem;
using Scriban;
using Scriban.Parsing;
using SourceSpan = OkrSite.Core.Diagnostics.SourceSpan;
using ScribanSpan = Scriban.Parsing.SourceSpan;
using Scriban.Runtime;

namespace OkrSite.Core.Render.Html;

/// <summary>
/// A theme's files: a site overrides any single file by putting one at the same relative path under
/// &lt;site&gt;/themes/&lt;theme&gt;/; every other file comes from the default theme that ships inside the tool
/// (themes/default/ embedded in this assembly), so a site without a themes/ folder builds.
/// Templates are parsed once and shared by every page rendered in parallel.
/// </summary>
internal sealed class Theme : ITemplateLoader
{
    public const string DefaultName = "default";
    private const string ResourcePrefix = "theme/";

    private static readonly Assembly Assembly = typeof(Theme).Assembly;
    private static readonly Lazy<Dictionary<string, string>> EmbeddedFiles = new(ListEmbedded);

    // Per theme folder, first the site's theme then its default: each file's path in the theme and the real path
    // to read, as SiteFileSystem vetted it when the theme was loaded. Nothing else under a theme folder is read.
    private readonly IReadOnlyList<IReadOnlyDictionary<string, string>> _folders;
    private readonly IReadOnlyList<string> _folderNames; // "themes/<name>", one per folder
    private readonly ConcurrentDictionary<string, Template> _templates = new(StringComparer.Ordinal);

    // Each file is read once per build, so the page cache's key and the templates see the same bytes even when the
    // file is saved during the build (okrsite serve).
    private readonly ConcurrentDictionary<string, Lazy<byte[]?>> _bytes = new(StringComparer.Ordinal);
    private readonly Lazy<Dictionary<string, Template>> _partials;

    // The site's file system the folders were vetted by: the site's theme files are read through it (and noted).
    private readonly SiteFileSystem? _site;

    private Theme(string name, IReadOnlyList<IReadOnlyDictionary<string, string>> folders, IReadOnlyList<string> folderNames, SiteFileSystem? site = null)
    {
        Name = name;
        _site = site;
        _folders = folders;
        _folderNames = folderNames;
        _partials = new(ParsePartials, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Name { get; }

    /// <summary>
    /// The theme of a site; null (with an error) when site.json names a theme that does not exist or whose folder
    /// leads outside the site. Every file of its folders is listed once here: a link out of the site, a FIFO, a
    /// loop of links or an unreadable folder is reported now and never read later.
    /// </summary>
    public static Theme? Load(string siteDirectory, string name, DiagnosticBag diagnostics) => Load(new SiteFileSystem(siteDirectory), name, diagnostics);

    /// <inheritdoc cref="Load(string, string, DiagnosticBag)"/>
    public static Theme? Load(SiteFileSystem site, string name, DiagnosticBag diagnostics)
    {
        var folders = new List<IReadOnlyDictionary<string, string>>();
        var names = new List<string>();
        var own = site.Classify($"themes/{name}");
        if (own.Kind == EntryKind.Folder)
        {
            folders.Add(Index(site, $"themes/{name}", diagnostics));
            names.Add($"themes/{name}");
        }
        else if (own.IsProblem)
        {
            EntryCodes.Theme.Report(own, diagnostics);
            return null;
        }
        else if (name != DefaultName)
        {
            diagnostics.Add(Codes.UnknownTheme, new SourceSpan("site.json"), $"theme '{name}' does not exist: there is no folder themes/{name}/; create it or use \"theme\": \"default\"");
            return null;
        }

        if (name != DefaultName)
        {
            var fallback = site.Classify($"themes/{DefaultName}");
            if (fallback.Kind == EntryKind.Folder)
            {
                folders.Add(Index(site, $"themes/{DefaultName}", diagnostics));
                names.Add($"themes/{DefaultName}");
            }
            else if (fallback.IsProblem)
            {
                EntryCodes.Theme.Report(fallback, diagnostics);
            }
        }

        return new Theme(name, folders, names, site);
    }

    /// <summary>The built-in default theme alone, as shipped in the tool.</summary>
    public static Theme BuiltIn { get; } = new(DefaultName, [], []);

    /// <summary>A file of the theme as text, or null when neither the site nor the tool has it.</summary>
    public string? ReadText(string relativePath)
    {
        var bytes = ReadBytes(relativePath);
        return bytes is null ? null : Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
    }

    public byte[]? ReadBytes(string relativePath) =>
        _bytes.GetOrAdd(relativePath, path => new Lazy<byte[]?>(() => ReadOnce(path), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private byte[]? ReadOnce(string relativePath)
    {
        foreach (var folder in _folders)
        {
            if (folder.TryGetValue(relativePath, out var real))
            {
                return _site?.ReadAllBytes(real) ?? File.ReadAllBytes(real);
            }
        }

        if (EmbeddedFiles.Value.TryGetValue(relativePath, out var resource))
        {
            using var stream = Assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }

        return null;
    }

    /// <summary>
    /// Every copy of one theme file, the one that wins first: the site's theme folder, the site's themes/default/,
    /// then the tool's own. Each with the path a message names: the site's file relative to the site folder, the
    /// tool's as "(built in) themes/default/...". For files that are merged rather than replaced (i18n).
    /// </summary>
    public IReadOnlyList<(string File, string Text)> Copies(string relativePath)
    {
        var copies = new List<(string, string)>();
        for (var i = 0; i < _folders.Count; i++)
        {
            if (_folders[i].TryGetValue(relativePath, out var real))
            {
                copies.Add(($"{_folderNames[i]}/{relativePath}", Decode(_site?.ReadAllBytes(real) ?? File.ReadAllBytes(real))));
            }
        }

        if (EmbeddedFiles.Value.TryGetValue(relativePath, out var resource))
        {
            using var stream = Assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            copies.Add(($"(built in) themes/{DefaultName}/{relativePath}", Decode(buffer.ToArray())));
        }

        return copies;
    }

    private static string Decode(byte[] bytes) => Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');

    /// <summary>Every file of the theme under a folder ("i18n/"), relative to the theme, site files included, sorted.</summary>
    public IReadOnlyList<string> Files(string prefix) => Under(prefix);

    /// <summary>Every file under assets/, relative to the theme ('/' separators), site files winning, sorted.</summary>
    public IReadOnlyList<string> Assets() => Under("assets/");

    /// <summary>The files of one theme folder by their path in the theme; every entry that is not read is reported.</summary>
    private static Dictionary<string, string> Index(SiteFileSystem site, string folder, DiagnosticBag diagnostics)
    {
        var listing = site.List(folder, int.MaxValue, _ => true);
        foreach (var problem in listing.Problems)
        {
            EntryCodes.Theme.Report(problem, diagnostics);
        }

        return listing.Files.ToDictionary(f => f.Path[(folder.Length + 1)..], f => f.RealPath, StringComparer.Ordinal);
    }


    private IReadOnlyList<string> Under(string prefix)
    {
        var all = new SortedSet<string>(StringComparer.Ordinal);
        all.UnionWith(EmbeddedFiles.Value.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)));
        foreach (var folder in _folders)
        {
            all.UnionWith(folder.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)));
        }

        return [.. all];
    }

    /// <summary>
    /// Every partial, parsed once. Scriban caches included templates per context, and a page renders with a context
    /// of its own, so without this each include on each page was loaded and parsed again.
    /// </summary>
    public IReadOnlyDictionary<string, Template> Partials => _partials.Value;

    private Dictionary<string, Template> ParsePartials() => Under("partials/").ToDictionary(n => n, Template, StringComparer.Ordinal);

    /// <summary>A parsed template; throws <see cref="TemplateException"/> when it is missing or does not parse.</summary>
    public Template Template(string relativePath) => _templates.GetOrAdd(relativePath, Parse);

    /// <summary>
    /// The theme path of an <c>include</c>. A name that could leave the theme (absolute, with '..' or a backslash)
    /// is an error on the including template; any other name is looked up among the theme's vetted files only.
    /// </summary>
    string? ITemplateLoader.GetPath(TemplateContext context, ScribanSpan callerSpan, string templateName)
    {
        if (Path.IsPathRooted(templateName) || templateName.StartsWith('/') || templateName.Contains('\\', StringComparison.Ordinal)
            || templateName.Split('/').Contains(".."))
        {
            throw new TemplateException(callerSpan.FileName ?? $"themes/{Name}", callerSpan.Start.Line + 1, $"include '{templateName}' names a path outside the theme; include a partial by its name ('card.html') or by its path in the theme ('partials/card.html')")
            {
                Code = Codes.ThemeIncludeOutside,
            };
        }

        return templateName.Contains('/', StringComparison.Ordinal) ? templateName : $"partials/{templateName}";
    }

    string? ITemplateLoader.Load(TemplateContext context, ScribanSpan callerSpan, string templatePath) =>
        ReadText(templatePath) ?? throw new TemplateException($"themes/{Name}/{templatePath}", 0, $"the partial '{templatePath}' does not exist");

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, ScribanSpan callerSpan, string templatePath) =>
        new(((ITemplateLoader)this).Load(context, callerSpan, templatePath));

    private Template Parse(string relativePath)
    {
        var file = $"themes/{Name}/{relativePath}";
        var text = ReadText(relativePath) ?? throw new TemplateException(file, 0, $"the template '{relativePath}' does not exist");
        var template = Scriban.Template.Parse(text, file);
        if (template.HasErrors)
        {
            var first = template.Messages.First(m => m.Type == Scriban.Parsing.ParserMessageType.Error);
            throw new TemplateException(file, first.Span.Start.Line + 1, first.Message);
        }

        if (template.Page is { } page)
        {
            TemplateWhitespace.Collapse(page);
        }

        return template;
    }

    private static Dictionary<string, string> ListEmbedded() =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .ToDictionary(n => n[ResourcePrefix.Length..], n => n, StringComparer.Ordinal);
}
