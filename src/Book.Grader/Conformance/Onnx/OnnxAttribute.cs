namespace Book.Grader.Conformance.Onnx;

/// <summary>One <c>onnx.AttributeProto</c>: the scalar and list forms the operators here use.</summary>
public sealed record OnnxAttribute(string Name, float Float, long Int, string String, IReadOnlyList<float> Floats, IReadOnlyList<long> Ints, bool HasTensor);
