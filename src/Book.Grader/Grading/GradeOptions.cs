namespace Book.Grader.Grading;

/// <summary>
/// How to grade. <see cref="PublicOnly"/> is <c>book test</c> (public groups, no benchmark).
/// <see cref="ApiCheck"/> exists so tests can prove the sandbox holds on its own; the CLI never turns it off.
/// <see cref="BudgetScale"/> shrinks the exercise's benchmark budget (tests use small budgets).
/// <see cref="TimedAlone"/>: in a batch, no grading work runs beside a benchmark's warm-up either (by
/// default it does; the timed pairs always run alone; see <see cref="TimedPhaseGate"/>).
/// </summary>
public sealed record GradeOptions(int Seed, bool PublicOnly = false, bool RunBenchmark = true, bool ApiCheck = true, double BudgetScale = 1, int OutputCap = 4096, bool TimedAlone = false);
