namespace Book.Site.Quizzes;

/// <summary>A self-check quiz: the questions of one quiz block or one section of a <c>_quizzes.json</c> file.</summary>
/// <param name="Id">Unique within its page; also the key of the reader's saved progress.</param>
/// <param name="Questions">In display order.</param>
/// <param name="SourceFile">Book-relative file the quiz came from, for diagnostics.</param>
/// <param name="Line">1-based line of the quiz in that file (0 if unknown).</param>
public sealed record Quiz(string Id, IReadOnlyList<QuizQuestion> Questions, string SourceFile, int Line);
