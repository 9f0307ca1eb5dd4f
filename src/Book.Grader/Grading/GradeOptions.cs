namespace Book.Grader.Grading;

/// <summary>
/// How to grade. <see cref="PublicOnly"/> is <c>book test</c> (public groups, no benchmark).
/// <see cref="ApiCheck"/> exists so tests can prove the sandbox holds on its own; the CLI never turns it off.
/// <see cref="BudgetScale"/> shrinks the exercise's benchmark budget (tests use small budgets).
/// <see cref="OverlapWarmUp"/>: in a batch, other submissions' compiling and tests may run beside a
/// benchmark's warm-up (its timed pairs always run alone; see <see cref="TimedPhaseGate"/>). Off by
/// default: measured, it made timed phases longer and the speed ratios lower and noisier.
/// </summary>
public sealed record GradeOptions(int Seed, bool PublicOnly = false, bool RunBenchmark = true, bool ApiCheck = true, double BudgetScale = 1, int OutputCap = 4096, bool OverlapWarmUp = false);
