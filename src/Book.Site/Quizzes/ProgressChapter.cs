namespace Book.Site.Quizzes;

/// <summary>One row of the "Your progress" page: a page with quizzes and how many questions it holds.</summary>
/// <param name="Url">Site-relative page URL (also the key of the page's saved answers).</param>
public sealed record ProgressChapter(string Title, string Number, string Url, int QuestionCount);
