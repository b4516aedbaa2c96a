using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using OkrSite.Core.Diagnostics;
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
public sealed class Theme : ITemplateLoader
{
    public const string DefaultName = "default";
    private const string ResourcePrefix = "theme/";

    private static readonly Assembly Assembly = typeof(Theme).Assembly;
    private static readonly Lazy<Dictionary<string, string>> EmbeddedFiles = new(ListEmbedded);

    private readonly IReadOnlyList<string> _folders;
    private readonly ConcurrentDictionary<string, Template> _templates = new(StringComparer.Ordinal);
    private readonly Lazy<Dictionary<string, Template>> _partials;

    private Theme(string name, IReadOnlyList<string> folders)
    {
        Name = name;
        _folders = folders;
        _partials = new(ParsePartials, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Name { get; }

    /// <summary>The theme of a site; null (with an error) when site.json names a theme that does not exist.</summary>
    public static Theme? Load(string siteDirectory, string name, DiagnosticBag diagnostics)
    {
        var folders = new List<string>();
        var own = Path.Combine(siteDirectory, "themes", name);
        if (Directory.Exists(own))
        {
            folders.Add(own);
        }
        else if (name != DefaultName)
        {
            diagnostics.Add(Codes.UnknownTheme, new SourceSpan("site.json"), $"theme '{name}' does not exist: there is no folder themes/{name}/; create it or use \"theme\": \"default\"");
            return null;
        }

        var fallback = Path.Combine(siteDirectory, "themes", DefaultName);
        if (name != DefaultName && Directory.Exists(fallback))
        {
            folders.Add(fallback);
        }

        return new Theme(name, folders);
    }

    /// <summary>The built-in default theme alone, as shipped in the tool.</summary>
    public static Theme BuiltIn { get; } = new(DefaultName, []);

    /// <summary>A file of the theme as text, or null when neither the site nor the tool has it.</summary>
    public string? ReadText(string relativePath)
    {
        var bytes = ReadBytes(relativePath);
        return bytes is null ? null : Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
    }

    public byte[]? ReadBytes(string relativePath)
    {
        foreach (var folder in _folders)
        {
            var path = Path.Combine(folder, relativePath);
            if (File.Exists(path))
            {
                return File.ReadAllBytes(path);
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

    /// <summary>Every file under assets/, relative to the theme ('/' separators), site files winning, sorted.</summary>
    public IReadOnlyList<string> Assets()
    {
        var all = new SortedSet<string>(StringComparer.Ordinal);
        all.UnionWith(EmbeddedFiles.Value.Keys.Where(k => k.StartsWith("assets/", StringComparison.Ordinal)));
        foreach (var folder in _folders)
        {
            var assets = Path.Combine(folder, "assets");
            if (Directory.Exists(assets))
            {
                all.UnionWith(Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/')));
            }
        }

        return [.. all];
    }

    /// <summary>
    /// Every partial, parsed once. Scriban caches included templates per context, and a page renders with a context
    /// of its own, so without this each include on each page was loaded and parsed again.
    /// </summary>
    public IReadOnlyDictionary<string, Template> Partials => _partials.Value;

    private Dictionary<string, Template> ParsePartials()
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        names.UnionWith(EmbeddedFiles.Value.Keys.Where(k => k.StartsWith("partials/", StringComparison.Ordinal)));
        foreach (var folder in _folders)
        {
            var partials = Path.Combine(folder, "partials");
            if (Directory.Exists(partials))
            {
                names.UnionWith(Directory.EnumerateFiles(partials, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/')));
            }
        }

        return names.ToDictionary(n => n, Template, StringComparer.Ordinal);
    }

    /// <summary>A parsed template; throws <see cref="TemplateException"/> when it is missing or does not parse.</summary>
    public Template Template(string relativePath) => _templates.GetOrAdd(relativePath, Parse);

    string? ITemplateLoader.GetPath(TemplateContext context, ScribanSpan callerSpan, string templateName) =>
        templateName.Contains('/', StringComparison.Ordinal) ? templateName : $"partials/{templateName}";

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

        return template;
    }

    private static Dictionary<string, string> ListEmbedded() =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .ToDictionary(n => n[ResourcePrefix.Length..], n => n, StringComparer.Ordinal);
}
