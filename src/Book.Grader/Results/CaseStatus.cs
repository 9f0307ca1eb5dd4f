namespace Book.Grader.Results;

public enum CaseStatus
{
    Passed,
    WrongAnswer,
    Exception,
    TimedOut,
    Crashed,
    NotRun,
}
