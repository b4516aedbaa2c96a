using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using OkrSite.Core.Render.Html;
using OkrSite.Core.Render.Html.Views;
using OkrSite.Core.Render.Text;

namespace OkrSite.Core.Render.Cache;

/// <summary>
/// The page cache's key of each page: a SHA-256 of everything <see cref="PageRenderer"/> makes the page from.
/// The same for every page of a build: the code that renders (the MVIDs of OkrSite.Core, with its embedded theme,
/// of Scriban and of the runtime's libraries, and <see cref="Version"/>), every file of the theme as the templates
/// read it (templates, layouts, partials and anything an include could name: the whole set, not a guess at which a
/// page uses), the interface text in the site's language, the site view every page shows (<c>site</c>) and the root
/// of 404.html's links. Per page: its <see cref="PageSpec"/>, that is its path, template, kind, title, description
/// and view model, hashed by what they hold (<see cref="ViewHash"/>). Whatever changes any of these changes the key.
/// </summary>
internal sealed class PageKeys
{
    /// <summary>Bump when a page starts to depend on something the key does not yet read.</summary>
    public const int Version = 1;

    private readonly byte[] _build;
    private readonly ViewHash _views = new();

    public PageKeys(Theme theme, SiteView site, string notFoundRoot, UiText text)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(ReadOnlySpan<byte> bytes)
        {
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }

        void Text(string value) => Add(Encoding.UTF8.GetBytes(value));

        Text($"page/{Version}");
        foreach (var code in new[] { typeof(PageKeys), typeof(Scriban.Template), typeof(HtmlEncoder), typeof(object) })
        {
            Add(code.Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        }

        Text(theme.Name);
        foreach (var file in theme.Files(string.Empty))
        {
            Text(file);
            Add(theme.ReadBytes(file) ?? []);
        }

        Text(notFoundRoot);
        Add(_views.Of([], text));
        Add(_views.Of([], site));
        _build = hash.GetHashAndReset();
    }

    /// <summary>The key of <paramref name="page"/>; null when its view holds something the key cannot read, and so it is always rendered.</summary>
    public string? Of(PageSpec page)
    {
        try
        {
            return Convert.ToHexStringLower(_views.Of(_build, page));
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>As <see cref="Of"/>, but says why a page cannot be keyed: for the tests, which must never meet one.</summary>
    /// <exception cref="NotSupportedException">The page's view holds something the key cannot read.</exception>
    public string Require(PageSpec page) => Convert.ToHexStringLower(_views.Of(_build, page));
}
