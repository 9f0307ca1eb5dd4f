using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Book.Site.Exercises;

/// <summary>
/// The card a chapter shows for an exercise (<c>{{&lt; exercise 01-quantize-linear &gt;}}</c>):
/// title, points, ONNX operator, the statement's first paragraph and links to the page and the
/// download. Styled by the theme's <c>.exercise-card</c>.
/// </summary>
public static class RenderExerciseCard
{
    /// <param name="root">Relative path from the page holding the card to the site root ("" for chapters).</param>
    public static string Card(SiteExercise exercise, string root = "")
    {
        var m = exercise.Manifest;
        var page = Encode(root + exercise.PageUrl);
        var html = new StringBuilder();
        html.Append("<aside class=\"exercise-card\" aria-label=\"Exercise: ").Append(Encode(m.Title)).Append("\">\n");
        html.Append("<p class=\"exercise-card-kicker\">Exercise</p>\n");
        html.Append("<p class=\"exercise-card-title\"><a href=\"").Append(page).Append("\">").Append(Encode(m.Title)).Append("</a></p>\n");
        html.Append("<p class=\"exercise-card-meta\"><span class=\"exercise-points\">")
            .Append(m.Points.ToString(CultureInfo.InvariantCulture)).Append(" points</span>");
        if (!string.IsNullOrEmpty(m.Operator))
        {
            html.Append(" · <span class=\"exercise-operator\">ONNX operator <code>").Append(Encode(m.Operator)).Append("</code></span>");
        }

        html.Append("</p>\n");
        if (exercise.Summary.Length > 0)
        {
            html.Append("<p class=\"exercise-card-summary\">").Append(Encode(exercise.Summary)).Append("</p>\n");
        }

        html.Append("<p class=\"exercise-card-links\"><a href=\"").Append(page).Append("\">Open the exercise</a> · <a href=\"")
            .Append(Encode(root + exercise.DownloadUrl)).Append("\" download>Download the starter (.zip)</a></p>\n");
        return html.Append("</aside>\n").ToString();
    }

    /// <summary>A card inside a paragraph cannot be a block: a plain link to the page.</summary>
    public static string InlineLink(SiteExercise exercise, string root = "") =>
        $"<a class=\"exercise-link\" href=\"{Encode(root + exercise.PageUrl)}\">{Encode(exercise.Manifest.Title)}</a>";

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
