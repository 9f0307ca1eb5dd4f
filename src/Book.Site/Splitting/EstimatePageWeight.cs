using Book.Site.Markdown.Extensions.Quizzes;
using Book.Site.Markdown.Extensions.Tikz;
using Book.Site.Model;
using Markdig.Syntax;

namespace Book.Site.Splitting;

/// <summary>
/// How many bytes of gzip each run of a chapter's top-level blocks adds to its page's body, estimated from
/// the Markdown before anything is rendered (pages must be known before cross-references are resolved;
/// gzipping rendered pages to find out would mean rendering twice). A run is measured from its first
/// block's place in the source to the next run's (the spans of containers are not reliable: link
/// reference and footnote groups claim the whole chapter). Factors measured on the MLSysBook corpus
/// (gzip -6 of the rendered body over the Markdown's length): prose with its markup 0.30-0.43 per
/// character, 0.36 taken; quizzes (inserted from <c>_quizzes.json</c>, not in the Markdown) 0.25-0.33 per
/// character of their texts; a reference list about 75 bytes per cited work (a bare <c>@word</c> may be a narrative citation
/// or an e-mail handle: counted, the estimate errs on the heavy side). TikZ sources are not on the page.
/// </summary>
public static class EstimatePageWeight
{
    public const double PerMarkdownCharacter = 0.36;
    public const double PerQuizCharacter = 0.30;
    public const double PerCitedWork = 75;

    /// <param name="chapter">The parsed chapter.</param>
    /// <param name="starts">Index of each run's first top-level block, ascending, the first 0.</param>
    public static List<double> Runs(Chapter chapter, IReadOnlyList<int> starts)
    {
        var document = chapter.Document;
        var offsets = starts.Select(i => i == 0 ? 0 : document[i].Span.Start).Append(chapter.Markdown.Length).ToList();
        var weights = new List<double>();
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1] : document.Count;
            var quizzes = 0;
            for (var i = starts[k]; i < end; i++)
            {
                quizzes += document[i] is QuizBlock quiz ? QuizText(quiz) : 0;
            }

            weights.Add(PerMarkdownCharacter * Math.Max(0, offsets[k + 1] - offsets[k]) + PerQuizCharacter * quizzes);
        }

        foreach (var tikz in document.Descendants<TikzBlock>())
        {
            var k = offsets.FindLastIndex(o => o <= tikz.Span.Start);
            weights[Math.Clamp(k, 0, weights.Count - 1)] -= PerMarkdownCharacter * Math.Max(0, tikz.Span.Length);
        }

        return weights;
    }

    /// <summary>
    /// Estimated gzip bytes of the chapter's reference list (on its last page), from the distinct keys cited
    /// in its Markdown (<c>[@key</c>, <c>; @key</c>, <c>[-@key</c>): a scan of the text, where walking every
    /// inline of a long chapter's syntax tree for its citations took tens of milliseconds.
    /// </summary>
    public static double References(Chapter chapter)
    {
        var text = chapter.Markdown;
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var at = text.IndexOf('@'); at >= 0; at = text.IndexOf('@', at + 1))
        {
            var before = at > 0 ? text[at - 1] : ' ';
            if (before == '-' && at > 1)
            {
                before = text[at - 2];
            }

            if (before is not ('[' or ';' or ' '))
            {
                continue;
            }

            var end = at + 1;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or ':' or '.' or '-'))
            {
                end++;
            }

            // Cross-references share the syntax; their prefixes are not citation keys.
            var key = text[(at + 1)..end].TrimEnd('.', ':', '-');
            if (key.Length > 0 && Book.Core.Model.Label.KindOf(key) is null)
            {
                keys.Add(key);
            }
        }

        return PerCitedWork * keys.Count;
    }

    private static int QuizText(QuizBlock block) =>
        block.Quiz.Questions.Sum(q => q.Question.Length + q.Explanation.Length + q.ModelAnswer.Length
            + q.Choices.Sum(c => c.Length) + q.Items.Sum(i => i.Length) + q.AcceptedAnswers.Sum(a => a.Length));
}
