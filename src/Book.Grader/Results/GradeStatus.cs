namespace Book.Grader.Results;

public enum GradeStatus
{
    /// <summary>Compiled, passed the static check, tests run (whatever their outcome).</summary>
    Graded,

    /// <summary>The submission did not compile.</summary>
    CompileError,

    /// <summary>It compiled, but the static check refused it (forbidden API, static state, wrong signature).</summary>
    Rejected,
}
