using System.Collections.Concurrent;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Markdig;

namespace Book.Site.Quizzes;

/// <summary>
/// Writes a quiz as HTML forms: radio buttons (mcq, tf), a text input (fill), an orderable list with
/// up/down buttons (order), a reveal-and-mark-yourself block (short). Answers travel in data-attributes:
/// the quiz is a self-check, not an exam, so hiding them buys nothing.
/// </summary>
public sealed class QuizHtmlWriter(MarkdownPipeline pipeline)
{
    public string Write(Quiz quiz)
    {
        var id = WebUtility.HtmlEncode(quiz.Id);
        var sb = new StringBuilder();
        sb.Append($"<section class=\"quiz\" id=\"{id}\" data-quiz-id=\"{id}\" aria-labelledby=\"{id}-title\">\n");
        sb.Append($"<p class=\"quiz-title\" id=\"{id}-title\">Self-check quiz <span class=\"quiz-score\" aria-live=\"polite\"></span></p>\n");
        for (var i = 0; i < quiz.Questions.Count; i++)
        {
            WriteQuestion(sb, quiz.Id, i, quiz.Questions[i]);
        }
        sb.Append("</section>\n");
        return sb.ToString();
    }

    private void WriteQuestion(StringBuilder sb, string quizId, int index, QuizQuestion q)
    {
        var qid = WebUtility.HtmlEncode($"{quizId}-q{index + 1}");
        var type = TypeName(q.Type);
        sb.Append($"<form class=\"quiz-q\" id=\"{qid}\" data-index=\"{index}\" data-type=\"{type}\"{AnswerAttribute(q)}>\n");
        sb.Append($"<div class=\"quiz-group\" role=\"group\" aria-labelledby=\"{qid}-prompt\">\n");
        sb.Append($"<div class=\"quiz-prompt\" id=\"{qid}-prompt\"><span class=\"quiz-num\">{index + 1}.</span> {Inline(q.Question)}</div>\n");
        switch (q.Type)
        {
            case QuizQuestionType.MultipleChoice:
                sb.Append("<ul class=\"quiz-choices\">\n");
                for (var c = 0; c < q.Choices.Count; c++)
                {
                    sb.Append($"<li><label><input type=\"radio\" name=\"{qid}-choice\" value=\"{c}\"> <span class=\"quiz-letter\">{(char)('A' + c)}.</span> {Inline(q.Choices[c])}</label></li>\n");
                }
                sb.Append("</ul>\n");
                break;
            case QuizQuestionType.TrueFalse:
                sb.Append("<ul class=\"quiz-choices quiz-tf\">\n");
                sb.Append($"<li><label><input type=\"radio\" name=\"{qid}-choice\" value=\"true\"> True</label></li>\n");
                sb.Append($"<li><label><input type=\"radio\" name=\"{qid}-choice\" value=\"false\"> False</label></li>\n");
                sb.Append("</ul>\n");
                break;
            case QuizQuestionType.Fill:
                sb.Append($"<p class=\"quiz-fill\"><label for=\"{qid}-input\">Your answer</label> <input type=\"text\" id=\"{qid}-input\" autocomplete=\"off\" spellcheck=\"false\"></p>\n");
                break;
            case QuizQuestionType.Order:
                WriteOrder(sb, qid, q);
                break;
            default:
                sb.Append($"<p class=\"quiz-fill\"><label for=\"{qid}-input\">Your answer (for yourself; not checked)</label><br><textarea id=\"{qid}-input\" rows=\"3\"></textarea></p>\n");
                break;
        }

        sb.Append("<div class=\"quiz-actions\">");
        if (q.Type == QuizQuestionType.Short)
        {
            sb.Append("<button type=\"button\" class=\"quiz-reveal\">Show model answer</button>");
            sb.Append("<span class=\"quiz-self\" hidden><button type=\"button\" class=\"quiz-mark\" data-correct=\"true\">I got it right</button>");
            sb.Append("<button type=\"button\" class=\"quiz-mark\" data-correct=\"false\">I got it wrong</button></span>");
        }
        else
        {
            sb.Append("<button type=\"submit\" class=\"quiz-check\">Check</button>");
        }
        sb.Append("<button type=\"button\" class=\"quiz-retry\" hidden>Try again</button></div>\n");
        sb.Append("<p class=\"quiz-feedback\" role=\"status\" aria-live=\"polite\"></p>\n");
        sb.Append("<div class=\"quiz-explanation\">");
        sb.Append($"<p class=\"quiz-solution\"><strong>{(q.Type == QuizQuestionType.Short ? "Model answer" : "Answer")}:</strong> {Solution(q)}</p>");
        if (q.Explanation.Length > 0)
        {
            sb.Append(Block(q.Explanation));
        }
        sb.Append("</div>\n</div>\n</form>\n");
    }

    private void WriteOrder(StringBuilder sb, string qid, QuizQuestion q)
    {
        sb.Append($"<p class=\"quiz-hint\" id=\"{qid}-hint\">Put the items in order with the Up and Down buttons.</p>\n");
        sb.Append($"<ol class=\"quiz-order\" aria-describedby=\"{qid}-hint\">\n");
        foreach (var k in Shuffle(q.Items.Count, qid))
        {
            var text = Inline(q.Items[k]);
            var plain = WebUtility.HtmlEncode(q.Items[k]);
            sb.Append($"<li data-item=\"{k}\"><span class=\"quiz-item\">{text}</span>");
            sb.Append($"<span class=\"quiz-move\"><button type=\"button\" class=\"quiz-up\" aria-label=\"Move up: {plain}\">&#8593;</button>");
            sb.Append($"<button type=\"button\" class=\"quiz-down\" aria-label=\"Move down: {plain}\">&#8595;</button></span></li>\n");
        }
        sb.Append("</ol>\n");
    }

    private string Solution(QuizQuestion q) => q.Type switch
    {
        QuizQuestionType.MultipleChoice => $"{(char)('A' + q.CorrectChoice)}. {Inline(q.Choices[q.CorrectChoice])}",
        QuizQuestionType.TrueFalse => q.CorrectTruth ? "True" : "False",
        QuizQuestionType.Fill => string.Join(" / ", q.AcceptedAnswers.Select(WebUtility.HtmlEncode)),
        QuizQuestionType.Order => string.Join(" → ", q.Items.Select(Inline)),
        _ => Inline(q.ModelAnswer),
    };

    private static string AnswerAttribute(QuizQuestion q)
    {
        var value = q.Type switch
        {
            QuizQuestionType.MultipleChoice => q.CorrectChoice.ToString(System.Globalization.CultureInfo.InvariantCulture),
            QuizQuestionType.TrueFalse => q.CorrectTruth ? "true" : "false",
            QuizQuestionType.Fill => JsonStringArray(q.AcceptedAnswers),
            _ => null,
        };
        return value is null ? "" : $" data-answer=\"{WebUtility.HtmlEncode(value)}\"";
    }

    // What JsonSerializer.Serialize gives for a list of strings (the same default encoder), without the
    // reflection-based serializer: its first use sets up metadata and converters in every cold process.
    private static string JsonStringArray(IReadOnlyList<string> values)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    internal static string TypeName(QuizQuestionType type) => type switch
    {
        QuizQuestionType.MultipleChoice => "mcq",
        QuizQuestionType.TrueFalse => "tf",
        QuizQuestionType.Fill => "fill",
        QuizQuestionType.Order => "order",
        _ => "short",
    };

    /// <summary>A deterministic shuffle (the same page always shows the same order) that never shows the answer.</summary>
    public static IReadOnlyList<int> Shuffle(int count, string seedText)
    {
        var order = Enumerable.Range(0, count).ToArray();
        var seed = 17;
        foreach (var ch in seedText)
        {
            seed = unchecked(seed * 31 + ch);
        }
        var random = new Random(seed);
        for (var i = count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        if (order.SequenceEqual(Enumerable.Range(0, count)))
        {
            Array.Reverse(order);
        }
        return order;
    }

    /// <summary>
    /// Quiz texts render the same wherever they appear (no cross-references, no page context), and a
    /// chapter's quiz file rarely changes while its prose is edited: <c>book serve</c> renders a chapter
    /// again on every save, so each pipeline keeps what its quiz texts rendered to.
    /// </summary>
    private static readonly ConditionalWeakTable<MarkdownPipeline, ConcurrentDictionary<string, string>> Rendered = new();

    private const int MaxRemembered = 50_000;

    private string Block(string markdown)
    {
        var cache = Rendered.GetOrCreateValue(pipeline);
        if (cache.TryGetValue(markdown, out var html))
        {
            return html;
        }

        if (cache.Count >= MaxRemembered)
        {
            cache.Clear();
        }

        html = global::Markdig.Markdown.ToHtml(markdown, pipeline).Trim();
        cache[markdown] = html;
        return html;
    }

    private string Inline(string markdown)
    {
        var html = Block(markdown);
        // One paragraph renders inline (inside labels and prompts); longer texts keep their blocks.
        if (html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)
            && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0)
        {
            return html[3..^4];
        }
        return html;
    }
}
