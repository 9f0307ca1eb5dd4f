namespace Book.Site.Tests.Quizzes;

/// <summary>A fact that reads MLSysBook's <c>_quizzes.json</c> files from <c>../shared</c>; skipped when absent.</summary>
public sealed class QuizCorpusFactAttribute : FactAttribute
{
    public QuizCorpusFactAttribute()
    {
        if (QuizCorpus.Folder is null)
        {
            Skip = "../shared/corpus/mlsysbook is absent (looked beside the folder holding Book.sln); the quiz corpus tests read its _quizzes.json files";
        }
    }
}
