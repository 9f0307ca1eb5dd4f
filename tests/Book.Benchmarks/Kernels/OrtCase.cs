namespace Book.Benchmarks.Kernels;

/// <summary>
/// One operator run by our reference and by ONNX Runtime on the same arrays: <paramref name="Work"/>
/// operations per call (in <paramref name="Unit"/>), the goal as a fraction of ORT's throughput,
/// and a check that both produced the same output.
/// </summary>
public sealed record OrtCase(string Name, double Work, string Unit, double Goal, Action Ours, OrtRunner Ort, Func<bool> Agree);
