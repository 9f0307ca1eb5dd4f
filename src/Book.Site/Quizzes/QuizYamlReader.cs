using Book.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Book.Site.Quizzes;

/// <summary>
/// Reads the YAML of a <c>```quiz</c> block: a sequence of questions (layout.md gives the format).
/// Every problem is reported at its line in the Markdown file; a bad question is skipped, the rest kept.
/// </summary>
public static class QuizYamlReader
{
    /// <param name="yaml">The block's content.</param>
    /// <param name="file">Book-relative Markdown file, for diagnostics.</param>
    /// <param name="firstLine">1-based line in <paramref name="file"/> of the YAML's first line.</param>
    /// <param name="id">Id to give the quiz.</param>
    public static Quiz Read(string yaml, string file, int firstLine, string id, ICollection<Diagnostic> diagnostics)
    {
        var questions = new List<QuizQuestion>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            diagnostics.Add(Diagnostic.Error(QuizDiagnosticCodes.MalformedYaml, file,
                firstLine + (int)e.Start.Line - 1, (int)e.Start.Column,
                $"quiz block: malformed YAML ({FirstSentence(e.Message)}). A quiz is a YAML list of questions: '- type: mcq', 'question: ...'."));
            return new Quiz(id, questions, file, firstLine - 1);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlSequenceNode list)
        {
            var line = stream.Documents.Count == 0 ? firstLine : firstLine + (int)stream.Documents[0].RootNode.Start.Line - 1;
            diagnostics.Add(Diagnostic.Error(QuizDiagnosticCodes.MalformedYaml, file, line, 1,
                "quiz block: expected a YAML list of questions, each starting with '- type: mcq|tf|fill|order|short'."));
            return new Quiz(id, questions, file, firstLine - 1);
        }

        foreach (var node in list.Children)
        {
            var question = QuizYamlQuestion.Read(node, file, firstLine, diagnostics);
            if (question is not null)
            {
                questions.Add(question);
            }
        }

        return new Quiz(id, questions, file, firstLine - 1);
    }

    private static string FirstSentence(string message)
    {
        var text = message.Replace('\n', ' ').Trim();
        var cut = text.IndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? text[(cut + 3)..] : text;
    }
}
