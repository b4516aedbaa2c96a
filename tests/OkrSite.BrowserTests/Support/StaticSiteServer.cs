using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OkrSite.BrowserTests.Support;

/// <summary>
/// A static file server on 127.0.0.1 (a free port chosen by the OS) that serves one folder under a path prefix,
/// the way GitHub Pages serves a project site under /&lt;repo&gt;/: <c>x/</c> serves <c>x/index.html</c>, <c>x</c>
/// (a folder) redirects to <c>x/</c>, a missing file gets the site's 404.html with status 404, and anything
/// outside the prefix is a 404. Only GET and HEAD are served; nothing is cached.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string root;
    private readonly string prefix;

    private StaticSiteServer(WebApplication app, string root, string prefix, Uri siteUrl)
    {
        this.app = app;
        this.root = root;
        this.prefix = prefix;
        SiteUrl = siteUrl;
    }

    /// <summary>The site's address, e.g. http://127.0.0.1:41234/okrsite/.</summary>
    public Uri SiteUrl { get; }

    /// <summary>The folder served.</summary>
    public string Root => root;

    /// <summary>Starts serving <paramref name="folder"/> under <paramref name="prefix"/> ("/okrsite/": leading and trailing slash).</summary>
    public static async Task<StaticSiteServer> StartAsync(string folder, string prefix)
    {
        if (!prefix.StartsWith('/') || !prefix.EndsWith('/'))
        {
            throw new ArgumentException($"the prefix '{prefix}' must start and end with '/'", nameof(prefix));
        }

        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = root });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();

        StaticSiteServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync().ConfigureAwait(false);

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        var port = new Uri(address).Port;
        server = new StaticSiteServer(app, root, prefix, new Uri($"http://127.0.0.1:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}{prefix}"));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await SendTextAsync(context, StatusCodes.Status405MethodNotAllowed, "only GET and HEAD are served").ConfigureAwait(false);
            return;
        }

        var path = request.Path.Value ?? "/";
        if (path + "/" == prefix)
        {
            Redirect(context, prefix);
            return;
        }

        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            await SendTextAsync(context, StatusCodes.Status404NotFound, $"{path} is outside the site prefix {prefix}").ConfigureAwait(false);
            return;
        }

        var relative = path[prefix.Length..];
        var full = Path.GetFullPath(Path.Combine(root, relative));
        var inside = full == root || full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (!inside || relative.Contains('\\', StringComparison.Ordinal) || relative.Split('/').Any(s => s is "." or ".."))
        {
            await SendNotFoundAsync(context).ConfigureAwait(false);
            return;
        }

        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            full = Path.Combine(full, "index.html");
        }
        else if (Directory.Exists(full))
        {
            Redirect(context, path + "/");
            return;
        }

        if (File.Exists(full))
        {
            await SendFileAsync(context, StatusCodes.Status200OK, full).ConfigureAwait(false);
            return;
        }

        await SendNotFoundAsync(context).ConfigureAwait(false);
    }

    private Task SendNotFoundAsync(HttpContext context)
    {
        var page = Path.Combine(root, "404.html");
        return File.Exists(page)
            ? SendFileAsync(context, StatusCodes.Status404NotFound, page)
            : SendTextAsync(context, StatusCodes.Status404NotFound, "not found (the site has no 404.html)");
    }

    private static void Redirect(HttpContext context, string location)
    {
        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = location + context.Request.QueryString;
    }

    private static async Task SendFileAsync(HttpContext context, int status, string file)
    {
        var bytes = await File.ReadAllBytesAsync(file, context.RequestAborted).ConfigureAwait(false);
        await SendAsync(context, status, MimeTypes.For(file), bytes).ConfigureAwait(false);
    }

    private static Task SendTextAsync(HttpContext context, int status, string text) =>
        SendAsync(context, status, "text/plain; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(text));

    private static async Task SendAsync(HttpContext context, int status, string contentType, byte[] body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
