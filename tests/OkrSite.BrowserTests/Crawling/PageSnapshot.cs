using System.Text.Json;

namespace OkrSite.BrowserTests.Crawling;

/// <summary>What a script evaluated in a loaded page reports about it (see <see cref="Script"/>).</summary>
public sealed record PageSnapshot(
    string? Lang,
    string Title,
    int H1,
    IReadOnlyList<string> Ids,
    IReadOnlyList<PageReference> Links,
    IReadOnlyList<PageReference> Sources,
    IReadOnlyList<PageImage> Images)
{
    /// <summary>
    /// Waits (at most 10 s) for every image to settle, lazy ones included, then returns the page's facts as JSON.
    /// URLs are resolved against the document's base, also for SVG &lt;a&gt; whose href is not a string.
    /// </summary>
    public const string Script = """
        async () => {
          const images = Array.from(document.images);
          for (const img of images) { if (img.loading === 'lazy') img.loading = 'eager'; }
          const settled = img => img.complete ? Promise.resolve() : new Promise(done => {
            img.addEventListener('load', done, { once: true });
            img.addEventListener('error', done, { once: true });
          });
          await Promise.race([Promise.all(images.map(settled)), new Promise(done => setTimeout(done, 10000))]);
          const resolve = raw => { try { return new URL(raw, document.baseURI).href; } catch { return raw; } };
          const srcset = value => (value || '').split(',').map(part => part.trim().split(/\s+/)[0]).filter(Boolean);
          return JSON.stringify({
            lang: document.documentElement.getAttribute('lang'),
            title: document.title,
            h1: document.querySelectorAll('h1').length,
            ids: Array.from(document.querySelectorAll('[id]'), e => e.id)
              .concat(Array.from(document.querySelectorAll('a[name]'), e => e.getAttribute('name'))),
            links: Array.from(document.querySelectorAll('a[href]'), a => {
              const raw = a.getAttribute('href');
              return { raw, url: resolve(raw) };
            }),
            sources: Array.from(document.querySelectorAll('source[srcset], img[srcset]'))
              .flatMap(e => srcset(e.getAttribute('srcset')).map(raw => ({ raw, url: resolve(raw) }))),
            images: images.map(img => ({
              raw: img.getAttribute('src') || '',
              url: img.currentSrc || img.src,
              ok: img.complete && img.naturalWidth > 0,
            })),
          });
        }
        """;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static PageSnapshot Parse(string json) =>
        JsonSerializer.Deserialize<PageSnapshot>(json, Json) ?? throw new InvalidOperationException("the page script returned null");
}

/// <summary>A URL as written in the page (<see cref="Raw"/>) and as the browser resolved it.</summary>
public sealed record PageReference(string Raw, string Url);

/// <summary>An &lt;img&gt;: its src as written, the URL actually shown, and whether it loaded (naturalWidth &gt; 0).</summary>
public sealed record PageImage(string Raw, string Url, bool Ok);
