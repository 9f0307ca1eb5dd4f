using Book.Grader.Conformance.Onnx;

namespace Book.Grader.Conformance.Bindings;

/// <summary>
/// The kernels' view of per-tensor / per-axis quantization: element <c>i</c> uses parameter
/// <c>(i / innerSize) % axisSize</c>. Per-tensor is <c>axisSize = 1</c>.
/// </summary>
public static class QuantAxis
{
    public static (int AxisSize, int InnerSize) Layout(long[] dims, OnnxTensor scale, long axisAttribute)
    {
        if (scale.ElementCount == 1 || dims.Length <= 1)
        {
            return (1, Math.Max(1, Shapes.Product(dims, 0, dims.Length)));
        }

        var axis = Shapes.NormalizeAxis(axisAttribute, dims.Length);
        return ((int)dims[axis], Shapes.Product(dims, axis + 1, dims.Length));
    }
}
