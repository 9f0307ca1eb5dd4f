namespace Book.Grader.Reporting;

public enum ReportFormat
{
    Console,
    Json,
    Gradescope,
    Exercism,
}
