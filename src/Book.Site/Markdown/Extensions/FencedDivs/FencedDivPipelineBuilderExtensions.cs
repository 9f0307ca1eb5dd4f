using Markdig;

namespace Book.Site.Markdown.Extensions.FencedDivs;

public static class FencedDivPipelineBuilderExtensions
{
    public static MarkdownPipelineBuilder UseFencedDivs(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<FencedDivExtension>();
        return pipeline;
    }

    /// <summary>Registers a div kind on the fenced div parser (call from an extension's <c>Setup</c>).</summary>
    public static void AddFencedDivFactory(this MarkdownPipelineBuilder pipeline, FencedDivFactory factory) =>
        (pipeline.BlockParsers.Find<FencedDivParser>()
            ?? throw new InvalidOperationException("UseFencedDivs() must come before the extensions that define div kinds."))
        .AddFactory(factory);
}
