using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Book.Site.Markdown.Extensions.CodeHighlighting;

/// <summary>
/// The language of a code block as the author wrote it: <c>```python</c>, <c>```{.python}</c> (a class once
/// attributes are parsed), or Quarto's executable-cell form <c>```{python}</c> (which the attribute parser
/// leaves as a bare key).
/// </summary>
public static class CodeLanguage
{
    public static string? Of(CodeBlock block)
    {
        if (block is FencedCodeBlock fenced)
        {
            var info = fenced.Info?.Trim();
            if (!string.IsNullOrEmpty(info))
            {
                return info.StartsWith('{') ? info.Trim('{', '}', ' ').Split(' ', ',')[0].TrimStart('.') : info;
            }
        }

        var attributes = block.TryGetAttributes();
        if (attributes?.Classes is { Count: > 0 } classes)
        {
            return classes[0].StartsWith("language-", StringComparison.Ordinal) ? classes[0]["language-".Length..] : classes[0];
        }

        return attributes?.Properties?.FirstOrDefault(p => string.IsNullOrEmpty(p.Value)).Key;
    }
}
