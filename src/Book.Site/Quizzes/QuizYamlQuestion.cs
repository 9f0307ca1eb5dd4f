using System.Globalization;
using Book.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Book.Site.Quizzes;

/// <summary>Reads one question mapping of a quiz block, reporting each missing or ill-typed field at its line.</summary>
internal static class QuizYamlQuestion
{
    private static readonly string[] KnownKeys = ["type", "question", "choices", "answer", "items", "explanation"];

    public static QuizQuestion? Read(YamlNode node, string file, int firstLine, ICollection<Diagnostic> diagnostics)
    {
        int LineOf(YamlNode n) => firstLine + (int)n.Start.Line - 1;
        void Fail(YamlNode at, string message) => diagnostics.Add(Diagnostic.Error(
            QuizDiagnosticCodes.InvalidQuestion, file, LineOf(at), (int)at.Start.Column, "quiz question: " + message));

        if (node is not YamlMappingNode map)
        {
            Fail(node, "expected a mapping with 'type:' and 'question:' (write '- type: mcq' then the other keys indented).");
            return null;
        }

        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (Array.IndexOf(KnownKeys, name) < 0)
            {
                Fail(key, $"unknown key '{name}'; the keys are {string.Join(", ", KnownKeys)}.");
                continue;
            }
            fields[name] = value;
        }

        if (!fields.TryGetValue("type", out var typeNode) || Scalar(typeNode) is not { } typeText)
        {
            Fail(map, "missing 'type:' (one of mcq, tf, fill, order, short).");
            return null;
        }
        QuizQuestionType? type = typeText.ToLowerInvariant() switch
        {
            "mcq" => QuizQuestionType.MultipleChoice,
            "tf" => QuizQuestionType.TrueFalse,
            "fill" => QuizQuestionType.Fill,
            "order" => QuizQuestionType.Order,
            "short" => QuizQuestionType.Short,
            _ => null,
        };
        if (type is null)
        {
            Fail(typeNode, $"unknown type '{typeText}'; use mcq, tf, fill, order or short.");
            return null;
        }
        if (!fields.TryGetValue("question", out var questionNode) || Scalar(questionNode) is not { Length: > 0 } question)
        {
            Fail(map, "missing 'question:' text.");
            return null;
        }

        var explanation = fields.TryGetValue("explanation", out var e) ? Scalar(e) ?? "" : "";
        fields.TryGetValue("answer", out var answer);
        var result = new QuizQuestion
        {
            Type = type.Value, Question = question, Explanation = explanation, Line = LineOf(map),
        };

        switch (type.Value)
        {
            case QuizQuestionType.MultipleChoice:
                var choices = fields.TryGetValue("choices", out var c) ? List(c) : null;
                if (choices is null || choices.Count < 2)
                {
                    Fail(c ?? map, "an mcq needs 'choices:' with at least two entries, e.g. choices: [\"a\", \"b\"].");
                    return null;
                }
                if (answer is null || !int.TryParse(Scalar(answer), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    || index >= choices.Count)
                {
                    Fail(answer ?? map, $"an mcq needs 'answer:' with the 0-based index of the correct choice (0 to {choices.Count - 1}).");
                    return null;
                }
                return result with { Choices = choices, CorrectChoice = index };

            case QuizQuestionType.TrueFalse:
                var truth = answer is null ? null : Scalar(answer)?.ToLowerInvariant();
                if (truth is not ("true" or "false"))
                {
                    Fail(answer ?? map, "a tf question needs 'answer: true' or 'answer: false'.");
                    return null;
                }
                return result with { CorrectTruth = truth == "true" };

            case QuizQuestionType.Fill:
                var accepted = answer is null ? null : Scalar(answer) is { } one ? [one] : List(answer);
                if (accepted is null || accepted.Count == 0 || accepted.Any(a => a.Trim().Length == 0))
                {
                    Fail(answer ?? map, "a fill question needs 'answer:' with the expected text, or a list of accepted texts.");
                    return null;
                }
                return result with { AcceptedAnswers = accepted };

            case QuizQuestionType.Order:
                var items = fields.TryGetValue("items", out var i) ? List(i) : null;
                if (items is null || items.Count < 2)
                {
                    Fail(i ?? map, "an order question needs 'items:' with at least two entries, in the correct order.");
                    return null;
                }
                return result with { Items = items };

            default:
                var model = answer is null ? null : Scalar(answer);
                if (string.IsNullOrWhiteSpace(model))
                {
                    Fail(answer ?? map, "a short question needs 'answer:' with a model answer.");
                    return null;
                }
                return result with { ModelAnswer = model };
        }
    }

    private static string? Scalar(YamlNode node) => node is YamlScalarNode s ? s.Value ?? "" : null;

    private static List<string>? List(YamlNode node) =>
        node is YamlSequenceNode seq && seq.Children.All(n => n is YamlScalarNode)
            ? seq.Children.Select(n => ((YamlScalarNode)n).Value ?? "").ToList()
            : null;
}
