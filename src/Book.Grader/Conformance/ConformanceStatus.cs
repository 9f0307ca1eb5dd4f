namespace Book.Grader.Conformance;

public enum ConformanceStatus
{
    Pass,
    Fail,
    Skip,
}
