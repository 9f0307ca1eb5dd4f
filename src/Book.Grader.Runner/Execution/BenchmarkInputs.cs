namespace Book.Grader.Runner.Execution;

/// <summary>
/// The benchmark's input, ready to time: the pristine arguments (restored before every call) and each
/// side's own cache-line aligned copies (<see cref="ArrayPlacement"/>). Made before the timed phase,
/// so sending and placing megabytes of input is not part of the time a batch must give it alone.
/// </summary>
public sealed class BenchmarkInputs
{
    private BenchmarkInputs(string method, object[] pristine, int[] outputIndices, object[] submission, object[] baseline, double placeMs)
    {
        Method = method;
        Pristine = pristine;
        OutputIndices = outputIndices;
        Submission = submission;
        Baseline = baseline;
        PlaceMs = placeMs;
    }

    public string Method { get; }

    public object[] Pristine { get; }

    public int[] OutputIndices { get; }

    public object[] Submission { get; }

    public object[] Baseline { get; }

    /// <summary>How long placing the arrays took (shown by <c>book grade --timings</c>).</summary>
    public double PlaceMs { get; }

    public static BenchmarkInputs Place(string method, object[] arguments, int[] outputIndices)
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        var submission = arguments.Select(ArrayPlacement.Place).ToArray();
        var baseline = arguments.Select(ArrayPlacement.Place).ToArray();
        return new BenchmarkInputs(method, arguments, outputIndices, submission, baseline,
            System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }
}
