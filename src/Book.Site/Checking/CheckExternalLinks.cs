using System.Net;
using System.Net.Http;
using Book.Core.Diagnostics;

namespace Book.Site.Checking;

/// <summary>
/// <c>book check --online</c>: requests each distinct external URL once (HEAD, then GET for servers that
/// refuse HEAD), a few at a time, and warns at every place a failing URL is written. Warnings, not
/// errors: a site that is down today must not block a contributor's pull request.
/// </summary>
public static class CheckExternalLinks
{
    private const int Parallelism = 8;

    public static async Task RunAsync(IReadOnlyList<(Uri Url, string File, int Line, int Column)> links, TimeSpan timeout, DiagnosticBag diagnostics)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = true, MaxAutomaticRedirections = 10 }) { Timeout = timeout };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("book-check/1.0 (link checker)");
        var byUrl = links.GroupBy(l => l.Url.AbsoluteUri, StringComparer.Ordinal).ToList();
        await Parallel.ForEachAsync(byUrl, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (group, cancellation) =>
        {
            var problem = await ProbeAsync(http, group.First().Url, cancellation);
            if (problem is null)
            {
                return;
            }

            foreach (var (url, file, line, column) in group)
            {
                diagnostics.Warning(CheckCodes.UnreachableUrl, file, line, column, $"{url} {problem}: fix or replace the link (or archive it)");
            }
        });
    }

    private static async Task<string?> ProbeAsync(HttpClient http, Uri url, CancellationToken cancellation)
    {
        try
        {
            using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), HttpCompletionOption.ResponseHeadersRead, cancellation);
            if (head.IsSuccessStatusCode)
            {
                return null;
            }

            using var get = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, url), HttpCompletionOption.ResponseHeadersRead, cancellation);
            return get.IsSuccessStatusCode ? null : $"answers HTTP {(int)get.StatusCode} ({get.StatusCode})";
        }
        catch (HttpRequestException e)
        {
            return $"cannot be reached ({e.HttpRequestError})";
        }
        catch (TaskCanceledException)
        {
            return $"did not answer within {http.Timeout.TotalSeconds:0} s";
        }
    }
}
