using Microsoft.Playwright;

namespace Book.Browser.Tests;

/// <summary>
/// Records what a reader would see go wrong on a page: console errors, uncaught exceptions and
/// failed requests (a missing script, stylesheet, font or image).
/// </summary>
public sealed class PageProblems
{
    private readonly List<string> _problems = [];

    public PageProblems(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Add($"console error: {message.Text} (at {message.Location})");
            }
        };
        page.PageError += (_, error) => Add($"uncaught exception: {error}");
        page.RequestFailed += (_, request) =>
        {
            // A request the page itself abandoned (a live reload or a click navigating away mid-load) is
            // no fault of the site; missing files show as HTTP 404 below, refused ones as other errors.
            if (request.Failure?.Contains("ERR_ABORTED", StringComparison.Ordinal) != true)
            {
                Add($"request failed: {request.Url} ({request.Failure})");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Add($"HTTP {response.Status}: {response.Url}");
            }
        };
    }

    public IReadOnlyList<string> All
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    private void Add(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }
}
