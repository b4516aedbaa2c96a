using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OkrSite.Cli.Serve;

/// <summary>
/// Kestrel on 127.0.0.1 answering from the current <see cref="SiteSnapshot"/>: the build's files with their
/// content types (HTML with the reload script added), redirects for folders and the base path, the site's 404
/// page, and <see cref="ReloadScript.EventsPath"/>, the stream of site versions. Nothing is read from disk.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly WebApplication _app;
    private readonly Func<SiteSnapshot> _site;
    private readonly SiteVersions _versions;
    private readonly Action<IReadOnlyList<Core.Diagnostics.Diagnostic>>? _failed;
    private readonly Action<string, TimeSpan>? _made;

    private PreviewServer(WebApplication app, Func<SiteSnapshot> site, SiteVersions versions, int port, Action<IReadOnlyList<Core.Diagnostics.Diagnostic>>? failed, Action<string, TimeSpan>? made)
    {
        _app = app;
        _site = site;
        _versions = versions;
        _failed = failed;
        _made = made;
        Port = port;
    }

    public int Port { get; }

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri Root => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/");

    /// <summary>Starts listening on <paramref name="port"/> (0: any free port).</summary>
    /// <exception cref="PortUnavailableException">The port is taken or may not be used.</exception>
    /// <param name="failed">Told the errors of a file that could not be made when asked for (serve prints them).</param>
    /// <param name="made">Told each page made on request and how long it took (serve --timings); pages already made are not told.</param>
    public static async Task<PreviewServer> StartAsync(int port, Func<SiteSnapshot> site, SiteVersions versions, Action<IReadOnlyList<Core.Diagnostics.Diagnostic>>? failed = null, Action<string, TimeSpan>? made = null)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port);
        });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(1));
        builder.Logging.ClearProviders();
        var app = builder.Build();

        PreviewServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        try
        {
            await app.StartAsync().ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new PortUnavailableException(port, ex.InnerException is AddressInUseException ? null : (ex.InnerException ?? ex).Message);
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server = new PreviewServer(app, site, versions, new Uri(address).Port, failed, made);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        _versions.Close();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await SendAsync(context, 405, "text/plain; charset=utf-8", "okrsite serve answers only GET and HEAD"u8.ToArray()).ConfigureAwait(false);
            return;
        }

        var path = request.Path.HasValue ? request.Path.Value! : "/";
        if (path == ReloadScript.EventsPath)
        {
            await TypedResults.ServerSentEvents(_versions.Listen(context.RequestAborted), ReloadScript.EventName).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var site = _site();
        switch (SiteRoutes.Resolve(site, path))
        {
            case Route.Redirect redirect:
                response.StatusCode = 302;
                response.Headers.Location = new PathString(redirect.Location).ToUriComponent() + request.QueryString;
                return;
            case Route.Page page:
                await SendAsync(context, page.Status, "text/html; charset=utf-8", ReloadInjector.Inject(System.Text.Encoding.UTF8.GetBytes(page.Html), site.Version)).ConfigureAwait(false);
                return;
            case Route.File file:
                // Made now when the build is on demand: a template that fails shows its error as a failed build would.
                var html = SiteRoutes.IsHtml(file.Path);
                var timed = _made is not null && html && !site.Files.IsMade(file.Path) ? Stopwatch.GetTimestamp() : 0;
                if (site.Files.Get(file.Path, out var errors) is not { } content)
                {
                    _failed?.Invoke(errors);
                    await SendAsync(context, 500, "text/html; charset=utf-8", ReloadInjector.Inject(System.Text.Encoding.UTF8.GetBytes(ErrorPage.Render(errors)), site.Version)).ConfigureAwait(false);
                    return;
                }

                if (timed != 0)
                {
                    _made!(file.Path, Stopwatch.GetElapsedTime(timed));
                }

                await SendAsync(context, file.Status, ContentType(file.Path), html ? ReloadInjector.Inject(content, site.Version) : content).ConfigureAwait(false);
                return;
        }
    }

    /// <summary>ASP.NET Core's table of extensions; text gets its charset (every file OkrSite writes is UTF-8).</summary>
    public static string ContentType(string path)
    {
        if (!ContentTypes.TryGetContentType(path, out var type))
        {
            return "application/octet-stream";
        }

        var text = type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/xml" or "image/svg+xml" or "application/manifest+json";
        return text ? type + "; charset=utf-8" : type;
    }

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

/// <summary>The port cannot be listened on: taken by another program (<see cref="Reason"/> null) or refused.</summary>
internal sealed class PortUnavailableException(int port, string? reason)
    : Exception(reason is null ? $"port {port} on 127.0.0.1 is in use" : $"port {port} on 127.0.0.1 cannot be used: {reason}")
{
    public int Port { get; } = port;

    public string? Reason { get; } = reason;
}
