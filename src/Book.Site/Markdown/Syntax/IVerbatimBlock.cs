namespace Book.Site.Markdown.Syntax;

/// <summary>
/// Marks a block whose lines are content, not Markdown (display math, raw and TikZ blocks), so an enclosing
/// fenced div does not take a <c>:::</c> line inside it as its closing fence. Markdig's own fenced code
/// blocks are recognised through <see cref="Markdig.Syntax.IFencedBlock"/>.
/// </summary>
public interface IVerbatimBlock
{
    /// <summary>True while the block still takes lines (its end marker not seen and not closed otherwise).</summary>
    bool IsOpenForContent { get; }
}
