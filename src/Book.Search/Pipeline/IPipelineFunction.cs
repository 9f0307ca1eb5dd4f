namespace Book.Search.Pipeline;

/// <summary>
/// One step of a lunr pipeline. <see cref="Label"/> is the name lunr.js registers the function under
/// (<c>lunr.Pipeline.registerFunction</c>); it is what a serialized index lists in <c>"pipeline"</c>.
/// </summary>
public interface IPipelineFunction
{
    string Label { get; }

    /// <summary>The transformed term, or null to drop the token. An empty string is kept, as in lunr.</summary>
    string? Run(string term);
}
