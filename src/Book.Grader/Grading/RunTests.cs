using System.Globalization;
using Book.Core.Exercises;
using Book.Grader.Checking;
using Book.Grader.Exercises;
using Book.Grader.Harness;
using Book.Grader.Results;
using Book.Grader.Runner.Protocol;
using Book.Grader.Sandbox;

namespace Book.Grader.Grading;

/// <summary>
/// For each case of each group: inputs from the trusted harness, expected outputs from the trusted
/// reference (in this process), the submission's outputs from the sandboxed runner, compared here.
/// A group earns its points in proportion to the cases passed. After three lost runners (time-outs
/// or crashes) the remaining cases are not run, so an always-looping kernel costs seconds, not minutes.
/// </summary>
public static class RunTests
{
    private const int MaxLosses = 3;

    public static IReadOnlyList<GroupResult> Run(Exercise exercise, IEnumerable<TestGroup> groups, SandboxedRunner runner, int seed, TimedPhaseGate? gate = null)
    {
        var manifest = exercise.Manifest;
        var results = new List<GroupResult>();
        var caseId = 0;
        foreach (var group in groups)
        {
            var cases = new List<CaseResult>();
            foreach (var kernelCase in MakeCases(exercise, group.Group, seed))
            {
                cases.Add(runner.Losses >= MaxLosses
                    ? new CaseResult(kernelCase.Name, CaseStatus.NotRun, "not run: the submission timed out or crashed three times already", [], null)
                    : RunOne(exercise, kernelCase, runner, caseId++));
                gate?.Pause();
            }

            var passed = cases.Count(c => c.Passed);
            var points = cases.Count == 0 ? 0 : Math.Round(group.Points * (double)passed / cases.Count, 2, MidpointRounding.ToZero);
            results.Add(new GroupResult(group.Group, group.Visibility, points, group.Points, cases));
        }

        return results;
    }

    private static List<KernelCase> MakeCases(Exercise exercise, string group, int seed)
    {
        List<KernelCase> cases;
        try
        {
            cases = exercise.Trusted.Harness.Cases(group, seed).ToList();
        }
        catch (Exception e)
        {
            throw new GraderFault($"the harness of {exercise.Name} failed to make the cases of group '{group}': {e.Message}", e);
        }

        if (cases.Count == 0)
        {
            throw new GraderFault($"the harness of {exercise.Name} made no cases for group '{group}'");
        }

        foreach (var c in cases)
        {
            if (exercise.Trusted.Validate(c) is { } problem)
            {
                throw new GraderFault($"the harness of {exercise.Name}: {problem}");
            }
        }

        return cases;
    }

    private static CaseResult RunOne(Exercise exercise, KernelCase kernelCase, SandboxedRunner runner, int caseId)
    {
        var expected = Expect(exercise, kernelCase);
        var method = exercise.Manifest.Entry.Methods.First(m => m.Name == kernelCase.Method);
        var outputs = exercise.Trusted.OutputIndices(kernelCase.Method);
        var limit = exercise.Manifest.Limits;
        var bytes = kernelCase.Arguments.OfType<Array>().Sum(a => (long)a.Length * 8);
        var timeout = TimeSpan.FromMilliseconds(limit.TimeMs + 250 + bytes / 100_000);
        var reply = runner.Call(MessageKind.Run, MessageKind.Result, timeout, w =>
        {
            w.Write(caseId);
            w.Write(kernelCase.Method);
            ValueCodec.WriteAll(w, kernelCase.Arguments);
            ValueCodec.WriteInts(w, outputs);
        });

        if (reply.TimedOut)
        {
            return new CaseResult(kernelCase.Name, CaseStatus.TimedOut,
                string.Create(CultureInfo.InvariantCulture, $"time limit exceeded: no result within {limit.TimeMs} ms; the runner was stopped"), [], null);
        }

        if (!reply.Ok)
        {
            return new CaseResult(kernelCase.Name, CaseStatus.Crashed, reply.Failure, [], null);
        }

        var body = reply.Body!;
        if (body.ReadInt32() != caseId)
        {
            return new CaseResult(kernelCase.Name, CaseStatus.Crashed, "the runner replied to a different case", [], null);
        }

        var exception = body.ReadString();
        var message = body.ReadString();
        var got = ValueCodec.ReadAll(body);
        body.ReadDouble();
        var total = body.ReadInt64();
        var head = body.ReadString();
        var printed = total == 0 ? null : total > head.Length
            ? head + string.Create(CultureInfo.InvariantCulture, $"\n... ({total} characters printed in all; the rest was dropped)")
            : head;
        if (exception.Length > 0)
        {
            var hint = exception == "System.OutOfMemoryException"
                ? string.Create(CultureInfo.InvariantCulture, $" (the memory limit is {limit.MemoryMb} MB)")
                : "";
            return new CaseResult(kernelCase.Name, CaseStatus.Exception, $"threw {exception}: {message}{hint}", [], printed);
        }

        var check = CompareOutputs.Compare(method.Outputs, expected, got, method.Tolerance);
        if (check.Passed)
        {
            return new CaseResult(kernelCase.Name, CaseStatus.Passed, null, [], printed);
        }

        var what = check.Problem ?? string.Create(CultureInfo.InvariantCulture, $"{check.WrongCount} wrong element(s)");
        return new CaseResult(kernelCase.Name, CaseStatus.WrongAnswer, what, check.First, printed);
    }

    internal static object[] Expect(Exercise exercise, KernelCase kernelCase)
    {
        try
        {
            return exercise.Trusted.Expected(kernelCase);
        }
        catch (InvalidOperationException e)
        {
            throw new GraderFault($"{exercise.Name}: {e.Message}", e);
        }
    }
}
