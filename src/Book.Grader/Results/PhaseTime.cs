namespace Book.Grader.Results;

/// <summary>
/// Wall time of one grading phase (compile, check, runner start, tests, benchmark). Kept out of every
/// report (results stay deterministic); <c>book grade --timings</c> prints them, to show where a grade's time goes.
/// </summary>
public sealed record PhaseTime(string Phase, double Milliseconds);
