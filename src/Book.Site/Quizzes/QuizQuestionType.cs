namespace Book.Site.Quizzes;

/// <summary>
/// How a question is answered. <see cref="Short"/> questions (and MLSysBook's CALC ones) are not
/// machine-checkable: the reader reveals the model answer and marks themselves.
/// </summary>
public enum QuizQuestionType
{
    MultipleChoice,
    TrueFalse,
    Fill,
    Order,
    Short,
}
