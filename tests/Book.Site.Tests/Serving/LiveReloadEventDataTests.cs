using System.Text.Json;
using Book.Site.Serving;

namespace Book.Site.Tests.Serving;

public sealed class LiveReloadEventDataTests
{
    [Fact]
    public void Event_data_is_what_the_page_script_has_always_parsed()
    {
        var e = new LiveReloadEvent(LiveReloadEventKind.Errors, ["intro.html", "ops--sec-a.html"],
            ["book/intro.md(3,1): error BK012: unknown cross-reference '@fig-x'; did you mean \"@fig-y\"? <b>", "ü — \u2028"], 42);

        var written = SiteServer.EventData(e);

        Assert.Equal(JsonSerializer.Serialize(new { stamp = e.Stamp, pages = e.Pages, messages = e.Messages }), written);
        using var parsed = JsonDocument.Parse(written);
        Assert.Equal(42, parsed.RootElement.GetProperty("stamp").GetInt64());
        Assert.Equal("ops--sec-a.html", parsed.RootElement.GetProperty("pages")[1].GetString());
        Assert.Equal(e.Messages[0], parsed.RootElement.GetProperty("messages")[0].GetString());
    }
}
