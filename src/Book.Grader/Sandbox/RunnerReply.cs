namespace Book.Grader.Sandbox;

/// <summary>
/// A reply from the runner, or why there was none: it timed out (and was killed), or it died or
/// broke the protocol (<see cref="Failure"/> says how, in words; never trusted for scoring).
/// </summary>
public sealed record RunnerReply(BinaryReader? Body, bool TimedOut, string? Failure)
{
    public bool Ok => Body is not null;
}
