using System.Text.RegularExpressions;

namespace Book.Site.Quizzes;

/// <summary>
/// Turns MLSysBook's prose answers into checkable ones: "The correct answer is B. …" (MCQ),
/// "True. …" (TF), "micro-benchmarks. …" (FILL: the blank is what comes before the first full stop or
/// comma), "The correct order is: (2) …, (1) …" (ORDER). The whole prose stays as the explanation.
/// A checkable question whose answer cannot be read is shown as a self-marked one with the prose as
/// model answer, so the reader still gets it; CALC questions are self-marked by nature.
/// </summary>
public static partial class MlSysBookAnswers
{
    public static QuizQuestion? ToQuestion(string type, string question, IReadOnlyList<string> choices, string answer, int line)
    {
        if (question.Trim().Length == 0)
        {
            return null;
        }
        var selfMarked = new QuizQuestion { Type = QuizQuestionType.Short, Question = question, ModelAnswer = answer, Line = line };
        var checkedQuestion = selfMarked with { ModelAnswer = "", Explanation = answer };
        switch (type.Trim().ToUpperInvariant())
        {
            case "MCQ":
                var letter = McqAnswer().Match(answer);
                var index = letter.Success ? letter.Groups[1].Value[0] - 'A' : -1;
                return index >= 0 && index < choices.Count
                    ? checkedQuestion with { Type = QuizQuestionType.MultipleChoice, Choices = choices, CorrectChoice = index }
                    : selfMarked;
            case "TF":
                var truth = TfAnswer().Match(answer);
                return truth.Success
                    ? checkedQuestion with { Type = QuizQuestionType.TrueFalse, CorrectTruth = truth.Groups[1].Value.Equals("true", StringComparison.OrdinalIgnoreCase) }
                    : selfMarked;
            case "FILL":
                var blank = FillBlank(answer);
                return blank.Length > 0
                    ? checkedQuestion with { Type = QuizQuestionType.Fill, AcceptedAnswers = [blank] }
                    : selfMarked;
            case "ORDER":
                var items = OrderItems(question, answer);
                return items is not null
                    ? checkedQuestion with { Type = QuizQuestionType.Order, Items = items }
                    : selfMarked;
            case "SHORT":
            case "CALC":
                return selfMarked;
            default:
                return null;
        }
    }

    /// <summary>The blank of a FILL answer: the text before the first sentence end or comma.</summary>
    public static string FillBlank(string answer)
    {
        var end = SentenceEnd().Match(answer);
        var head = end.Success ? answer[..end.Index] : answer;
        var comma = head.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0)
        {
            head = head[..comma];
        }
        head = head.Trim().Trim('"', '\'', '*', '`').Trim();
        // A "blank" of more than six words is a sentence, not a fill-in answer.
        return head.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is > 0 and <= 6 ? head : "";
    }

    /// <summary>The items of an ORDER question in their correct order, or null when they cannot be read.</summary>
    public static IReadOnlyList<string>? OrderItems(string question, string answer)
    {
        var numbered = NumberedItem().Matches(question);
        List<(string Text, string Marker)> items;
        if (numbered.Count >= 2)
        {
            items = numbered.Select(m => (CleanItem(m.Groups[2].Value), "(" + m.Groups[1].Value + ")")).ToList();
        }
        else
        {
            var colon = question.LastIndexOf(':');
            if (colon < 0)
            {
                return null;
            }
            items = ListSeparator().Split(question[(colon + 1)..])
                .Select(CleanItem).Where(s => s.Length > 0).Select(s => (s, "")).ToList();
        }
        if (items.Count < 2 || items.Any(i => i.Text.Length == 0))
        {
            return null;
        }

        // Order the items by where the answer names them: by their "(n)" marker when the question
        // numbered them, otherwise by their text.
        var positions = new List<(int At, string Text)>();
        foreach (var (text, marker) in items)
        {
            var at = marker.Length > 0 ? answer.IndexOf(marker, StringComparison.Ordinal) : -1;
            if (at < 0)
            {
                at = answer.IndexOf(text, StringComparison.OrdinalIgnoreCase);
            }
            if (at < 0 || positions.Any(p => p.At == at))
            {
                return null;
            }
            positions.Add((at, text));
        }
        return positions.OrderBy(p => p.At).Select(p => p.Text).ToList();
    }

    private static string CleanItem(string s) =>
        TrailingJoiner().Replace(s.Trim(), "").Trim().TrimEnd('.', ',', ';', '?').Trim();

    [GeneratedRegex(@"^\s*The correct answer is \(?([A-Z])\b")]
    private static partial Regex McqAnswer();

    [GeneratedRegex(@"^\s*(True|False)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TfAnswer();

    [GeneratedRegex(@"\.(\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\((\d+)\)\s*([^()]+?)(?=\s*(?:,?\s*(?:and\s+)?\(\d+\)|$))")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@",\s*(?:and\s+)?")]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"(,|\s+and|\s+or)$")]
    private static partial Regex TrailingJoiner();
}
