namespace Book.Grader.Conformance;

/// <summary>
/// An ONNX node test turned into one call of an exercise's kernel: the method, its arguments (output
/// arrays allocated), and which argument holds each output to compare with the ONNX expected values.
/// </summary>
public sealed record KernelCall(string Method, object[] Arguments, IReadOnlyList<CheckedOutput> Outputs);

/// <summary>Argument <paramref name="ArgumentIndex"/> must equal <paramref name="Expected"/> (flattened) after the call.</summary>
public sealed record CheckedOutput(string Name, int ArgumentIndex, Array Expected);
