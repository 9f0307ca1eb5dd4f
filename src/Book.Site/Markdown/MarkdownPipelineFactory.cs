using Book.Site.Markdown.Extensions.Callouts;
using Book.Site.Markdown.Extensions.Citations;
using Book.Site.Markdown.Extensions.CodeHighlighting;
using Book.Site.Markdown.Extensions.ConditionalContent;
using Book.Site.Markdown.Extensions.FencedDivs;
using Book.Site.Markdown.Extensions.Figures;
using Book.Site.Markdown.Extensions.Headings;
using Book.Site.Markdown.Extensions.Listings;
using Book.Site.Markdown.Extensions.Mathematics;
using Book.Site.Markdown.Extensions.Quizzes;
using Book.Site.Markdown.Extensions.RawContent;
using Book.Site.Markdown.Extensions.Shortcodes;
using Book.Site.Markdown.Extensions.Sidenotes;
using Book.Site.Markdown.Extensions.SourceChecks;
using Book.Site.Markdown.Extensions.TableCaptions;
using Book.Site.Markdown.Extensions.Tikz;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Book.Site.Markdown;

/// <summary>
/// Builds THE Markdown pipeline of the book (CommonMark + the Quarto syntax books use), once per build.
/// A built pipeline is immutable and safe to share: parse many documents with it in parallel
/// (per-document state lives on the <see cref="Markdig.Syntax.MarkdownDocument"/>, see <see cref="MarkdownDiagnostics"/>).
/// One line per extension. Order matters in two places: <c>UseSourceChecks</c> after the extensions that
/// move ids; <c>UseGenericAttributes</c> last, because it hooks the attribute parsing of the block
/// parsers registered before it.
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
            .UseSidenotes()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseNumberedHeadings()
            .UseFencedDivs()
            .UseCallouts()
            .UseConditionalContent(options.OutputFormat)
            .UseQuartoFigures()
            .UseTableCaptions()
            .UseListings()
            .UseQuartoMath()
            .UseCodeHighlighting()
            .UseRawContent(options.OutputFormat)
            .UseTikz()
            .UseQuizzes()
            .UseShortcodes(options.Shortcodes)
            .UsePandocCitations()
            .UseSourceChecks()
            .UseGenericAttributes();
        builder.PreciseSourceLocation = true;
        return builder.Build();
    }
}
