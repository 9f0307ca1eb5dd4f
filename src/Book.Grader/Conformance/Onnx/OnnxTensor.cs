namespace Book.Grader.Conformance.Onnx;

/// <summary>
/// One decoded <c>onnx.TensorProto</c>. <see cref="Values"/> is a typed array (float[], byte[], sbyte[],
/// short[], ushort[], int[], long[], uint[], ulong[], double[], Half[], bool[]) in row-major order, or
/// null when the element type is one we do not decode (float8, int4, bfloat16, ...): the runner then
/// reports the case as skipped and names the type.
/// </summary>
public sealed record OnnxTensor(string Name, long[] Dims, OnnxElementType ElementType, Array? Values)
{
    public long ElementCount => Dims.Aggregate(1L, (a, d) => a * d);

    public string ShapeText => "[" + string.Join(",", Dims) + "]";
}
