using System.Globalization;
using System.Reflection;
using Book.Core.Exercises;
using Book.Grader.Checking;
using Book.Grader.Conformance.Onnx;

namespace Book.Grader.Conformance;

/// <summary>
/// Runs ONNX node tests against the exercises' kernels: load the test folder, bind it to the
/// kernel of its operator, call it, compare outputs (integers exact, floats within the method's
/// tolerance from exercise.yml). Anything not covered is a named skip, never a pass.
/// </summary>
public static class RunConformance
{
    public static ConformanceReport Run(string testsDir, ReferenceKernels kernels)
    {
        var results = new List<ConformanceResult>();
        foreach (var folder in OnnxNodeTestLoader.FindTestFolders(testsDir))
        {
            results.AddRange(RunFolder(folder, kernels));
        }

        return new ConformanceReport(results);
    }

    private static IEnumerable<ConformanceResult> RunFolder(string folder, ReferenceKernels kernels)
    {
        var name = Path.GetFileName(folder);
        IReadOnlyList<OnnxNodeTest> tests;
        try
        {
            tests = OnnxNodeTestLoader.Load(folder);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return [new ConformanceResult(name, "test_data_set_0", "?", null, ConformanceStatus.Fail, $"unreadable test folder: {e.Message}")];
        }

        if (tests.Count == 0)
        {
            return [new ConformanceResult(name, "-", "?", null, ConformanceStatus.Skip, "no test_data_set_* folder")];
        }

        return tests.Select(t => RunOne(t, kernels)).ToList();
    }

    private static ConformanceResult RunOne(OnnxNodeTest test, ReferenceKernels kernels)
    {
        var op = test.Model.Node.OpType;
        ConformanceResult Result(ConformanceStatus status, string detail, string? exercise = null) =>
            new(test.Name, test.DataSet, op, exercise, status, detail);

        if (!OperatorBindings.All.TryGetValue(op, out var binding))
        {
            return Result(ConformanceStatus.Skip, $"operator {op} is not implemented by any exercise");
        }

        var exercise = kernels.ExerciseName(binding.ExerciseOperator);
        var manifest = kernels.Manifest(binding.ExerciseOperator);
        if (manifest is null)
        {
            return Result(ConformanceStatus.Skip, $"no exercise declares operator: {binding.ExerciseOperator}");
        }

        Binding bound;
        try
        {
            bound = binding.Bind(test);
        }
        catch (Exception e) when (e is InvalidDataException or InvalidCastException or IndexOutOfRangeException or NullReferenceException)
        {
            return Result(ConformanceStatus.Fail, $"cannot map the test onto the kernel: {e.Message}", exercise);
        }

        if (bound.Call is not { } call)
        {
            return Result(ConformanceStatus.Skip, bound.SkipReason!, exercise);
        }

        var (type, error) = kernels.EntryType(binding.ExerciseOperator);
        if (type is null)
        {
            return Result(ConformanceStatus.Fail, error!, exercise);
        }

        var method = type.GetMethod(call.Method, BindingFlags.Public | BindingFlags.Static);
        var spec = manifest.Entry.Methods.FirstOrDefault(m => m.Name == call.Method);
        if (method is null || spec is null)
        {
            return Result(ConformanceStatus.Fail, $"method {call.Method} missing from {manifest.Entry.Type} or from exercise.yml", exercise);
        }

        try
        {
            method.Invoke(null, call.Arguments);
        }
        catch (TargetInvocationException e)
        {
            return Result(ConformanceStatus.Fail, $"{call.Method} threw {e.InnerException?.GetType().Name}: {e.InnerException?.Message}", exercise);
        }
        catch (ArgumentException e)
        {
            return Result(ConformanceStatus.Fail, $"{call.Method} cannot take these arguments: {e.Message}", exercise);
        }

        var names = call.Outputs.Select(o => o.Name).ToList();
        var expected = call.Outputs.Select(o => (object)o.Expected).ToArray();
        var got = call.Outputs.Select(o => call.Arguments[o.ArgumentIndex]).ToArray();
        var check = CompareOutputs.Compare(names, expected, got, spec.Tolerance);
        if (check.Problem is not null)
        {
            return Result(ConformanceStatus.Fail, check.Problem, exercise);
        }

        if (check.WrongCount > 0)
        {
            var shown = string.Join("; ", check.First.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Output}[{m.Index}] expected {m.Expected}, got {m.Got}")));
            return Result(ConformanceStatus.Fail, $"{check.WrongCount} value(s) differ: {shown}", exercise);
        }

        return Result(ConformanceStatus.Pass, "", exercise);
    }
}
