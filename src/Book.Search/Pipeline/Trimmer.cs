namespace Book.Search.Pipeline;

/// <summary>lunr.trimmer: strips leading and trailing non-word characters (JS <c>\W</c>, ASCII-only).</summary>
public sealed class Trimmer : IPipelineFunction
{
    public static readonly Trimmer Instance = new();

    public string Label => "trimmer";

    public string? Run(string term)
    {
        var start = 0;
        while (start < term.Length && !Text.JsText.IsWordChar(term[start]))
        {
            start++;
        }

        var end = term.Length;
        while (end > start && !Text.JsText.IsWordChar(term[end - 1]))
        {
            end--;
        }

        return start == 0 && end == term.Length ? term : term[start..end];
    }
}
