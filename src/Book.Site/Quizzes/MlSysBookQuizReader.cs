using System.Text.Json;
using Book.Core.Diagnostics;

namespace Book.Site.Quizzes;

/// <summary>
/// Reads MLSysBook's <c>&lt;chapter&gt;_quizzes.json</c>: <c>sections[]</c> with <c>section_id</c>
/// ("#sec-…") and <c>quiz_data.questions[]</c> (<c>question_type</c> MCQ, TF, SHORT, FILL, ORDER, CALC;
/// the answers are prose, see <see cref="MlSysBookAnswers"/>). Sections with <c>quiz_needed: false</c>
/// and questions marked <c>hidden</c> are left out, as MLSysBook's own site does.
/// </summary>
public static class MlSysBookQuizReader
{
    /// <returns>Quizzes keyed by section id without '#', in file order.</returns>
    public static IReadOnlyDictionary<string, Quiz> Read(string json, string file, ICollection<Diagnostic> diagnostics)
    {
        var result = new Dictionary<string, Quiz>(StringComparer.Ordinal);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            diagnostics.Add(Diagnostic.Error(QuizDiagnosticCodes.MalformedJson, file, (int)(e.LineNumber ?? 0) + 1,
                (int)(e.BytePositionInLine ?? 0) + 1, $"quiz file is not valid JSON: {e.Message.Split(" Path:")[0]}"));
            return result;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("sections", out var sections)
                || sections.ValueKind != JsonValueKind.Array)
            {
                diagnostics.Add(Diagnostic.Error(QuizDiagnosticCodes.MalformedJson, file, 1, 1,
                    "quiz file has no \"sections\" array; expected MLSysBook's shape { \"sections\": [ { \"section_id\", \"quiz_data\": { \"questions\" } } ] }."));
                return result;
            }

            foreach (var section in sections.EnumerateArray())
            {
                ReadSection(section, json, file, diagnostics, result);
            }
        }
        return result;
    }

    private static void ReadSection(JsonElement section, string json, string file, ICollection<Diagnostic> diagnostics, Dictionary<string, Quiz> result)
    {
        var rawId = Text(section, "section_id");
        if (rawId is null)
        {
            diagnostics.Add(Diagnostic.Error(QuizDiagnosticCodes.MalformedJson, file, 1, 1, "a quiz section has no \"section_id\"; give each section the id of its heading (\"#sec-…\")."));
            return;
        }
        var id = rawId.TrimStart('#');
        var line = LineOf(json, rawId);
        if (!section.TryGetProperty("quiz_data", out var data) || data.ValueKind != JsonValueKind.Object
            || (data.TryGetProperty("quiz_needed", out var needed) && needed.ValueKind == JsonValueKind.False)
            || !data.TryGetProperty("questions", out var questions) || questions.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var list = new List<QuizQuestion>();
        foreach (var q in questions.EnumerateArray())
        {
            if (q.TryGetProperty("hidden", out var hidden) && hidden.ValueKind == JsonValueKind.True)
            {
                continue;
            }
            var question = MlSysBookAnswers.ToQuestion(
                Text(q, "question_type") ?? "", Text(q, "question") ?? "", Strings(q, "choices"), Text(q, "answer") ?? "", line);
            if (question is null)
            {
                diagnostics.Add(Diagnostic.Error(QuizDiagnosticCodes.MalformedJson, file, line, 1,
                    $"a question of section '{id}' has an unknown \"question_type\" or no \"question\"; types are MCQ, TF, SHORT, FILL, ORDER, CALC."));
                continue;
            }
            list.Add(question);
        }
        if (list.Count > 0)
        {
            result[id] = new Quiz("quiz-" + id, list, file, line);
        }
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IReadOnlyList<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString() ?? "").ToList()
            : [];

    // JsonDocument keeps no positions: find the id's first occurrence to point diagnostics at it.
    private static int LineOf(string json, string value)
    {
        var at = json.IndexOf('"' + value + '"', StringComparison.Ordinal);
        if (at < 0)
        {
            return 0;
        }
        var line = 1;
        for (var i = 0; i < at; i++)
        {
            if (json[i] == '\n')
            {
                line++;
            }
        }
        return line;
    }
}
