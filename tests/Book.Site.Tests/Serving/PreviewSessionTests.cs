using System.Net.Http;
using System.Text;
using Book.Site.Pipeline;
using Book.Site.Serving;

namespace Book.Site.Tests.Serving;

/// <summary>
/// <c>book serve</c> as a contributor meets it: edit a chapter and the open page is told to reload;
/// break it and the page gets the errors while the last good build stays served; fix it and it recovers.
/// </summary>
public sealed class PreviewSessionTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("book-serve-").FullName;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private PreviewSession? _session;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "book"));
        await File.WriteAllTextAsync(Path.Combine(_folder, "site.yml"), """
            title: Serve test
            parts:
              - title: Only part
                chapters:
                  - one.md
                  - two.md
            """);
        await File.WriteAllTextAsync(Path.Combine(_folder, "book", "one.md"), "---\ntitle: One\n---\n\n## Start {#sec-start}\n\nFirst words.\n");
        await File.WriteAllTextAsync(Path.Combine(_folder, "book", "two.md"), "---\ntitle: Two\n---\n\n## Next {#sec-next}\n\nSee @sec-start.\n");
        _session = new PreviewSession(new BuildOptions { ConfigPath = Path.Combine(_folder, "site.yml") }, _ => { });
        var first = await _session.StartAsync(0);
        Assert.True(first.Succeeded, string.Join("\n", first.Messages));
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Serves_pages_with_the_live_reload_client()
    {
        var html = await _http.GetStringAsync(new Uri(_session!.Server.Address, "one.html"));

        Assert.Contains("First words.", html, StringComparison.Ordinal);
        Assert.Contains(SiteServer.ClientPath, html, StringComparison.Ordinal);
        var client = await _http.GetStringAsync(new Uri(_session.Server.Address, SiteServer.ClientPath.TrimStart('/')));
        Assert.Contains("EventSource", client, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_path_gets_404()
    {
        var response = await _http.GetAsync(new Uri(_session!.Server.Address, "nope.html"));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Edit_reloads_break_shows_errors_fix_recovers()
    {
        await using var events = await EventStream.OpenAsync(_http, new Uri(_session!.Server.Address, SiteServer.EventsPath.TrimStart('/')));
        var one = Path.Combine(_folder, "book", "one.md");

        await File.WriteAllTextAsync(one, "---\ntitle: One\n---\n\n## Start {#sec-start}\n\nEdited words.\n");
        // An editor's save can reach the watcher as more than one change: wait for the event of each step.
        var reload = await events.WaitForAsync("reload");
        Assert.Contains("one.html", reload.Data, StringComparison.Ordinal);
        Assert.DoesNotContain("two.html", reload.Data, StringComparison.Ordinal);
        Assert.Contains("Edited words.", await _http.GetStringAsync(new Uri(_session.Server.Address, "one.html")), StringComparison.Ordinal);

        // Removing the label breaks two.md's cross-reference: an error, and the old pages stay served.
        await File.WriteAllTextAsync(one, "---\ntitle: One\n---\n\n## Start\n\nBroken words.\n");
        var errors = await events.WaitForAsync("errors");
        Assert.Contains("two.md", errors.Data, StringComparison.Ordinal);
        Assert.Contains("sec-start", errors.Data, StringComparison.Ordinal);
        Assert.Contains("Edited words.", await _http.GetStringAsync(new Uri(_session.Server.Address, "one.html")), StringComparison.Ordinal);

        await File.WriteAllTextAsync(one, "---\ntitle: One\n---\n\n## Start {#sec-start}\n\nFixed words.\n");
        await events.WaitForAsync("reload");
        Assert.Contains("Fixed words.", await _http.GetStringAsync(new Uri(_session.Server.Address, "one.html")), StringComparison.Ordinal);
    }

    /// <summary>A minimal server-sent-events reader: what an open page's EventSource receives.</summary>
    private sealed class EventStream : IAsyncDisposable
    {
        private readonly HttpResponseMessage _response;
        private readonly StreamReader _reader;

        private EventStream(HttpResponseMessage response, StreamReader reader)
        {
            _response = response;
            _reader = reader;
        }

        public static async Task<EventStream> OpenAsync(HttpClient http, Uri uri)
        {
            var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead);
            var reader = new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8);
            Assert.Equal(": connected", await reader.ReadLineAsync());
            return new EventStream(response, reader);
        }

        /// <summary>The next event of that kind; earlier events (duplicates of a previous step) are skipped.</summary>
        public async Task<(string Name, string Data)> WaitForAsync(string name)
        {
            while (true)
            {
                var next = await NextAsync();
                if (next.Name == name)
                {
                    return next;
                }
            }
        }

        public async Task<(string Name, string Data)> NextAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            string name = "", data = "";
            while (await _reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line[7..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data = line[6..];
                }
                else if (line.Length == 0 && name.Length > 0)
                {
                    return (name, data);
                }
            }

            throw new InvalidOperationException("the event stream ended");
        }

        public ValueTask DisposeAsync()
        {
            _reader.Dispose();
            _response.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
