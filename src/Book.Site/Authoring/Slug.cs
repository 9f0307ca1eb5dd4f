using System.Globalization;
using System.Text;

namespace Book.Site.Authoring;

/// <summary>File names and label prefixes from titles: "Model Compression & Pruning" → "model-compression-pruning".</summary>
public static class Slug
{
    public static string From(string title)
    {
        var builder = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "chapter" : slug;
    }
}
