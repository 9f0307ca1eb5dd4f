using Book.Site.Markdown.Extensions.Shortcodes;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Book.Site.Markdown;

/// <summary>
/// Builds THE Markdown pipeline of the book (CommonMark + the Quarto syntax books use), once per build.
/// A built pipeline is immutable and safe to share: parse many documents with it in parallel.
/// One line per extension; keep <c>UseGenericAttributes</c> last, because it hooks the attribute
/// parsing of the block parsers registered before it.
/// </summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create(MarkdownPipelineOptions? options = null)
    {
        options ??= new MarkdownPipelineOptions();
        var builder = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UsePipeTables()
            .UseGridTables()
            .UseFootnotes()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseShortcodes(options.Shortcodes)
            .UseGenericAttributes();
        builder.PreciseSourceLocation = true;
        return builder.Build();
    }
}
