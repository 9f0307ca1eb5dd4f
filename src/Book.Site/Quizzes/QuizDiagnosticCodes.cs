namespace Book.Site.Quizzes;

/// <summary>Diagnostic codes of the quiz readers (BK7xx is the quizzes' own).</summary>
public static class QuizDiagnosticCodes
{
    /// <summary>The YAML of a quiz block does not parse.</summary>
    public const string MalformedYaml = "BK701";

    /// <summary>A question lacks a field, or a field has the wrong shape.</summary>
    public const string InvalidQuestion = "BK702";

    /// <summary>A <c>_quizzes.json</c> file is not valid JSON or not in the MLSysBook shape.</summary>
    public const string MalformedJson = "BK703";

    /// <summary>A <c>_quizzes.json</c> section id names no section of the chapter.</summary>
    public const string UnknownSection = "BK704";
}
