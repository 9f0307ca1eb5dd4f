using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Book.Site.Serving;

/// <summary>
/// Serves a built site on 127.0.0.1 with live reload: every HTML page gets a small client script that
/// listens to <c>/__book/events</c> (server-sent events) and reloads, or shows an error overlay.
/// Files come from an <see cref="ISiteSource"/>: a built folder, or the in-memory build of <c>book serve</c>.
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    public const string EventsPath = "/__book/events";
    public const string ClientPath = "/__book/livereload.js";

    private static readonly byte[] ClientTag = Encoding.UTF8.GetBytes($"<script src=\"{ClientPath}\" defer></script>");
    private static readonly byte[] ClientPathBytes = Encoding.UTF8.GetBytes(ClientPath);
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly ISiteSource _source;
    private readonly bool _liveReload;
    private WebApplication? _app;

    public SiteServer(string siteFolder, bool liveReload = true)
        : this(new FolderSource(siteFolder), liveReload)
    {
    }

    public SiteServer(ISiteSource source, bool liveReload = true)
    {
        _source = source;
        _liveReload = liveReload;
    }

    public LiveReloadHub Hub { get; } = new();

    /// <summary>The address the server listens on, e.g. <c>http://127.0.0.1:5173/</c>.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Starts listening. Port 0 picks a free port.</summary>
    public async Task StartAsync(int port, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        // One terminal handler: minimal-API endpoints would run after a terminal middleware.
        app.Run(context => context.Request.Path.Value switch
        {
            EventsPath => StreamEventsAsync(context),
            ClientPath => ServeClientAsync(context),
            _ => ServeFileAsync(context),
        });
        await app.StartAsync(cancellationToken);
        _app = app;
        var bound = app.Urls.First();
        Address = new Uri(bound.EndsWith('/') ? bound : bound + "/");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private async Task ServeFileAsync(HttpContext context)
    {
        var (path, bytes) = Find(context.Request.Path.Value ?? "/");
        var status = StatusCodes.Status200OK;
        if (bytes is null)
        {
            status = StatusCodes.Status404NotFound;
            (path, bytes) = ("404.html", _source.Read("404.html"));
            if (bytes is null)
            {
                context.Response.StatusCode = status;
                await context.Response.WriteAsync("Not found. The site has not been built yet, or the page does not exist.");
                return;
            }
        }

        if (!ContentTypes.TryGetContentType(path, out var contentType))
        {
            contentType = "application/octet-stream";
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = contentType.StartsWith("text/", StringComparison.Ordinal) ||
                                       contentType.Contains("javascript", StringComparison.Ordinal) ||
                                       contentType.Contains("json", StringComparison.Ordinal)
            ? contentType + "; charset=utf-8"
            : contentType;
        context.Response.Headers.CacheControl = "no-cache";
        if (_liveReload && contentType == "text/html" && bytes.AsSpan().IndexOf(ClientPathBytes) < 0)
        {
            bytes = InjectClient(bytes);
        }

        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    /// <summary>Maps a URL path to a site file: directories serve their index.html.</summary>
    private (string Path, byte[]? Bytes) Find(string urlPath)
    {
        var relative = Uri.UnescapeDataString(urlPath).TrimStart('/');
        if (relative.Contains("..", StringComparison.Ordinal))
        {
            return (relative, null);
        }

        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        var bytes = _source.Read(relative);
        if (bytes is null && !Path.HasExtension(relative))
        {
            var index = relative + "/index.html";
            bytes = _source.Read(index);
            relative = index;
        }

        return (relative, bytes);
    }

    private static byte[] InjectClient(byte[] html)
    {
        var closing = "</body>"u8;
        var at = html.AsSpan().LastIndexOf(closing);
        if (at < 0)
        {
            return [.. html, .. ClientTag];
        }

        return [.. html.AsSpan(0, at), .. ClientTag, .. html.AsSpan(at)];
    }

    private static async Task ServeClientAsync(HttpContext context)
    {
        context.Response.ContentType = "text/javascript; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.WriteAsync(LiveReloadClient.Script);
    }

    /// <summary><c>{"stamp":..,"pages":[..],"messages":[..]}</c>, written without the reflection-based serializer (none in the native build).</summary>
    public static string EventData(LiveReloadEvent e)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("stamp", e.Stamp);
            writer.WriteStartArray("pages");
            foreach (var page in e.Pages)
            {
                writer.WriteStringValue(page);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("messages");
            foreach (var message in e.Messages)
            {
                writer.WriteStringValue(message);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var reader = Hub.Subscribe(out var unsubscribe);
        try
        {
            // A first comment flushes the headers so the page knows it is connected.
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var e in reader.ReadAllAsync(context.RequestAborted))
            {
                var name = e.Kind == LiveReloadEventKind.Reload ? "reload" : "errors";
                var data = EventData(e);
                await context.Response.WriteAsync($"event: {name}\ndata: {data}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
        finally
        {
            unsubscribe();
        }
    }
}
