namespace Book.Site.Quizzes;

/// <summary>
/// One self-check question. Text fields hold Markdown; the renderer turns them into HTML.
/// Only the fields of the question's <see cref="Type"/> are meaningful.
/// </summary>
public sealed record QuizQuestion
{
    public required QuizQuestionType Type { get; init; }

    public required string Question { get; init; }

    /// <summary>Multiple choice: the choices, in display order.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>Multiple choice: 0-based index of the correct choice.</summary>
    public int CorrectChoice { get; init; } = -1;

    /// <summary>True/false: the correct answer.</summary>
    public bool CorrectTruth { get; init; }

    /// <summary>Fill in the blank: every accepted answer (compared case- and space-insensitively).</summary>
    public IReadOnlyList<string> AcceptedAnswers { get; init; } = [];

    /// <summary>Ordering: the items in the correct order (shown shuffled).</summary>
    public IReadOnlyList<string> Items { get; init; } = [];

    /// <summary>Short answer: the model answer the reader compares with.</summary>
    public string ModelAnswer { get; init; } = "";

    /// <summary>Shown once the question is answered.</summary>
    public string Explanation { get; init; } = "";

    /// <summary>1-based line of the question in its source file (0 if unknown).</summary>
    public int Line { get; init; }
}
