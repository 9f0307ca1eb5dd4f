namespace Book.Grader.Grading;

/// <summary>
/// A fault on the trusted side (the exercise's harness or reference, the sandbox, the runner):
/// not the student's doing, so no score is produced and the CLI exits non-zero.
/// </summary>
public sealed class GraderFault(string message, Exception? inner = null) : Exception(message, inner);
