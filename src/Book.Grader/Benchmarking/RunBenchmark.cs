using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Book.Core.Exercises;
using Book.Grader.Checking;
using Book.Grader.Exercises;
using Book.Grader.Grading;
using Book.Grader.Results;
using Book.Grader.Runner.Protocol;
using Book.Grader.Sandbox;

namespace Book.Grader.Benchmarking;

/// <summary>
/// Times the submission against the public baseline inside the runner (see the runner's
/// BenchmarkLoop), then, here on the trusted side: re-checks the outputs of timed calls the runner
/// picked at random (a kernel must be correct when timed, not only when tested), checks that the
/// timings the runner claims fit within this process's own clock, and turns the median of per-pair
/// ratios into tiers.
/// </summary>
public static class RunBenchmark
{
    public static BenchmarkResult Run(Exercise exercise, SandboxedRunner runner, int seed, double budgetScale, TimedPhaseGate? gate = null, PhaseClock? phases = null, bool alone = false)
    {
        var spec = exercise.Manifest.Benchmark!;
        var maxPoints = spec.Tiers.Sum(t => t.Points);
        var method = exercise.Manifest.Entry.Methods.First(m => m.Name == spec.Method);
        var outputs = exercise.Trusted.OutputIndices(spec.Method);
        var minMs = spec.BudgetSeconds.Min * 1000 * budgetScale / spec.Sizes.Count;
        var maxMs = spec.BudgetSeconds.Max * 1000 * budgetScale / spec.Sizes.Count;
        var timings = new List<SizeTiming>();
        foreach (var size in spec.Sizes)
        {
            var kernelCase = exercise.Trusted.Harness.BenchmarkCase(size, seed);
            if (exercise.Trusted.Validate(kernelCase) is { } problem)
            {
                throw new GraderFault($"the harness of {exercise.Name} (benchmark size '{size}'): {problem}");
            }

            var expected = RunTests.Expect(exercise, kernelCase);
            phases?.Mark("benchmark inputs");
            var timeout = TimeSpan.FromMilliseconds(maxMs + 4 * exercise.Manifest.Limits.TimeMs + 5000);
            var transferTimeout = TimeSpan.FromMilliseconds(4 * exercise.Manifest.Limits.TimeMs + 5000);

            // The input goes across and is placed before the timed phase: a batch gives the timed
            // phase the machine alone, so everything that need not be in it is moved out.
            var ready = runner.Call(MessageKind.BenchmarkInputs, MessageKind.BenchmarkReady, transferTimeout, w =>
            {
                w.Write(spec.Method);
                ValueCodec.WriteAll(w, kernelCase.Arguments);
                ValueCodec.WriteInts(w, outputs);
            });
            var placeError = ready.Ok ? ready.Body!.ReadString() : null;
            if (placeError is not "")
            {
                phases?.Mark("benchmark send");
                return Failed($"the benchmark input of size '{size}' could not be sent to the runner ({(ready.TimedOut ? "no reply in time" : ready.Failure ?? placeError)})", maxPoints);
            }

            phases?.Mark("benchmark send", ("benchmark placing", Shown(ready.Body!.ReadDouble())));
            var wallMs = 0.0;
            RunnerReply Timed(Action alone)
            {
                phases?.Mark("benchmark wait");
                var clock = Stopwatch.StartNew();
                var warmedUp = runner.Call(MessageKind.Benchmark, MessageKind.BenchmarkWarmedUp, timeout, w =>
                {
                    w.Write(minMs);
                    w.Write(maxMs);
                    w.Write(RandomNumberGenerator.GetInt32(int.MaxValue));
                });
                if (!warmedUp.Ok)
                {
                    return warmedUp;
                }

                // A failure during the warm-up is the reply (its error is read again below).
                var errorAt = warmedUp.Body!.BaseStream.Position;
                if (warmedUp.Body.ReadString().Length > 0)
                {
                    warmedUp.Body.BaseStream.Position = errorAt;
                    return warmedUp;
                }

                // The pairs: the machine to this grade alone (other work finishes its current step first).
                clock.Stop();
                alone();
                clock.Start();
                var reply = runner.Call(MessageKind.BenchmarkGo, MessageKind.BenchmarkResult, timeout, _ => { });
                wallMs = clock.Elapsed.TotalMilliseconds;
                return reply;
            }

            // Apart from other timed phases of a batch; see TimedPhaseGate for what runs beside it.
            var reply = gate is null ? Timed(() => { }) : gate.Timed(alone, Timed);
            if (reply.TimedOut || !reply.Ok)
            {
                phases?.Mark("benchmark timed");
            }

            if (reply.TimedOut)
            {
                return Failed($"the benchmark of size '{size}' did not finish in time; the runner was stopped", maxPoints);
            }

            if (!reply.Ok)
            {
                return Failed($"the benchmark of size '{size}' failed: {reply.Failure}", maxPoints);
            }

            var body = reply.Body!;
            var error = body.ReadString();
            if (error.Length > 0)
            {
                phases?.Mark("benchmark timed");
                return Failed($"the submission threw while timed (size '{size}'): {error}", maxPoints);
            }

            var sub = ValueCodec.ReadDoubles(body);
            var bas = ValueCodec.ReadDoubles(body);
            body.ReadInt32();
            var timedTotal = body.ReadDouble();
            var checks = body.ReadInt32();
            var clockName = body.ReadString();
            // Where the runner says its time went: shown by --timings only, never used for the grade.
            var (warmupMs, pairsMs) = (Shown(body.ReadDouble()), Shown(body.ReadDouble()));
            phases?.Mark("benchmark timed other", ("benchmark warm-up", warmupMs), ("benchmark pairs", pairsMs));

            // The outputs of the timed calls, fetched after the timed phase and checked here.
            var fetched = runner.Call(MessageKind.BenchmarkChecks, MessageKind.BenchmarkChecked, transferTimeout, _ => { });
            if (!fetched.Ok)
            {
                phases?.Mark("benchmark re-check");
                return Failed($"the outputs of timed calls (size '{size}') could not be fetched from the runner ({(fetched.TimedOut ? "no reply in time" : fetched.Failure)}); no speed points", maxPoints);
            }

            var count = fetched.Body!.ReadInt32();
            if (count != checks || count == 0)
            {
                phases?.Mark("benchmark re-check");
                return Failed("the runner's timings are implausible (it kept a different number of timed outputs than it reported); no speed points", maxPoints);
            }

            for (var i = 0; i < count; i++)
            {
                var check = CompareOutputs.Compare(method.Outputs, expected, ValueCodec.ReadAll(fetched.Body), method.Tolerance);
                if (!check.Passed)
                {
                    phases?.Mark("benchmark re-check");
                    var first = check.First.FirstOrDefault();
                    var detail = first is null ? check.Problem : string.Create(CultureInfo.InvariantCulture, $"{first.Output}[{first.Index}] expected {first.Expected}, got {first.Got}");
                    return Failed($"outputs of timed calls were wrong on the benchmark input '{size}' ({detail}); a kernel must be correct when timed, so no speed points", maxPoints);
                }
            }

            phases?.Mark("benchmark re-check");

            // The runner is in the sandbox; its timings are believed only if they fit in the wall time
            // this process saw for the whole request.
            if (sub.Length == 0 || sub.Length != bas.Length || timedTotal > wallMs * 1.02 + 5 || sub.Any(t => !(t > 0)) || bas.Any(t => !(t > 0))
                || clockName is not ("wall-minus-runqueue" or "wall"))
            {
                return Failed("the runner's timings are implausible (they do not fit the grader's own clock); no speed points", maxPoints);
            }

            var ratios = sub.Select((s, i) => bas[i] / s).ToArray();
            timings.Add(new SizeTiming(size, SpeedStatistics.Median(ratios), SpeedStatistics.RelativeMad(ratios), ratios.Length,
                SpeedStatistics.Median(sub), SpeedStatistics.Median(bas), clockName));
        }

        var speedup = SpeedStatistics.GeometricMean(timings.Select(t => t.Speedup).ToArray());
        var reached = spec.Tiers.TakeWhile(t => speedup >= t.Speedup).ToList();
        var next = spec.Tiers.Skip(reached.Count).FirstOrDefault();
        var message = string.Create(CultureInfo.InvariantCulture,
            $"{speedup:0.00}x the baseline's speed; {reached.Count} of {spec.Tiers.Count} tiers reached") +
            (next is null ? "" : string.Create(CultureInfo.InvariantCulture, $" (next: {next.Speedup:0.##}x)"));
        return new BenchmarkResult(BenchmarkStatus.Measured, message, speedup, timings, reached.Count, reached.Sum(t => t.Points), maxPoints);
    }

    public static BenchmarkResult Skipped(BenchmarkSpec spec, string why) =>
        new(BenchmarkStatus.Skipped, why, null, [], 0, 0, spec.Tiers.Sum(t => t.Points));

    private static double Shown(double ms) => double.IsFinite(ms) ? Math.Clamp(ms, 0, 1e7) : 0;

    private static BenchmarkResult Failed(string why, int maxPoints) =>
        new(BenchmarkStatus.Failed, why, null, [], 0, 0, maxPoints);
}
