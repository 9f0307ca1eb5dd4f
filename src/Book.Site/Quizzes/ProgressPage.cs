using System.Globalization;
using System.Net;
using System.Text;

namespace Book.Site.Quizzes;

/// <summary>
/// The body of the "Your progress" page (<c>progress.html</c>, a page of kind "progress"): a table of
/// the chapters with quizzes, whose answered and correct counts <c>quiz.js</c> fills in from the
/// reader's browser storage. The server knows only the question counts.
/// </summary>
public static class ProgressPage
{
    public const string Url = "progress.html";
    public const string Title = "Your progress";
    public const string Kind = "progress";

    public static string BuildBody(IEnumerable<ProgressChapter> chapters)
    {
        var rows = chapters.Where(c => c.QuestionCount > 0).ToList();
        var sb = new StringBuilder();
        sb.Append("<p>Your answers to the self-check quizzes are kept in this browser only (nothing is sent anywhere). ");
        sb.Append("This page counts them per chapter.</p>\n");
        sb.Append("<p class=\"progress-summary\" role=\"status\" aria-live=\"polite\">Progress needs JavaScript to be read from your browser's storage.</p>\n");
        if (rows.Count == 0)
        {
            sb.Append("<p>This book has no quizzes yet.</p>\n");
            return sb.ToString();
        }

        sb.Append("<div class=\"table-wrap\"><table class=\"progress-table\">\n<caption class=\"visually-hidden\">Quiz progress per chapter</caption>\n");
        sb.Append("<thead><tr><th scope=\"col\">Chapter</th><th scope=\"col\" class=\"num\">Questions</th><th scope=\"col\" class=\"num\">Answered</th><th scope=\"col\" class=\"num\">Correct</th><th scope=\"col\">Score</th></tr></thead>\n<tbody>\n");
        foreach (var c in rows)
        {
            var url = WebUtility.HtmlEncode(c.Url);
            var title = WebUtility.HtmlEncode(c.Number.Length > 0 ? $"{c.Number} {c.Title}" : c.Title);
            var total = c.QuestionCount.ToString(CultureInfo.InvariantCulture);
            sb.Append($"<tr data-page=\"{url}\" data-total=\"{total}\"><th scope=\"row\"><a href=\"{url}\">{title}</a></th>");
            sb.Append($"<td class=\"num\">{total}</td><td class=\"num answered\">0</td><td class=\"num correct\">0</td>");
            sb.Append("<td><span class=\"progress-bar\" role=\"img\" aria-label=\"0% correct\"></span></td></tr>\n");
        }
        sb.Append("</tbody>\n</table></div>\n");
        sb.Append("<p><button type=\"button\" class=\"progress-reset\">Forget my answers</button></p>\n");
        return sb.ToString();
    }
}
