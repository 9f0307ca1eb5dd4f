using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Book.Site.Markdown.Extensions.Shortcodes;

/// <summary>Quarto/Hugo shortcodes <c>{{&lt; name args &gt;}}</c>, block and inline, through a registry.</summary>
public sealed class ShortcodeExtension(ShortcodeRegistry registry) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<ShortcodeBlockParser>())
        {
            // Before the paragraph parser (last) and anything else that opens on '{'.
            pipeline.BlockParsers.Insert(0, new ShortcodeBlockParser(registry));
        }

        if (!pipeline.InlineParsers.Contains<ShortcodeInlineParser>())
        {
            // Before generic attributes, which would read "{{<" as a broken attribute list.
            var index = pipeline.InlineParsers.FindIndex(p => p is GenericAttributesParser);
            pipeline.InlineParsers.Insert(index >= 0 ? index : 0, new ShortcodeInlineParser(registry));
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<HtmlShortcodeBlockRenderer>();
            html.ObjectRenderers.AddIfNotAlready<HtmlShortcodeInlineRenderer>();
        }
    }
}
