using Book.Grader.Conformance.Onnx;

namespace Book.Grader.Conformance.Bindings;

/// <summary>QuantizeLinear → <c>QuantizeInt8</c> / <c>QuantizeUInt8</c> (per-tensor and per-axis).</summary>
public sealed class QuantizeLinearBinding : IOperatorBinding
{
    public string OpType => "QuantizeLinear";

    public string ExerciseOperator => "QuantizeLinear";

    public Binding Bind(OnnxNodeTest test)
    {
        var node = test.Model.Node;
        var x = test.Input(0)!;
        var scale = test.Input(1)!;
        var zeroPoint = test.Input(2);
        var expected = test.Expected(0)!;
        if (node.Int("block_size", 0) != 0)
        {
            return Binding.Skip($"blocked quantization (block_size={node.Int("block_size", 0)}) is not part of the exercise");
        }

        var reason = Shapes.Unsupported(x, "x", OnnxElementType.Float)
            ?? Shapes.Unsupported(scale, "y_scale", OnnxElementType.Float)
            ?? Shapes.Unsupported(expected, "y", OnnxElementType.Int8, OnnxElementType.UInt8)
            ?? Shapes.Unsupported(zeroPoint, "y_zero_point", OnnxElementType.Int8, OnnxElementType.UInt8);
        if (reason is not null)
        {
            return Binding.Skip(reason);
        }

        if (node.Int("precision", 0) != 0)
        {
            return Binding.Skip($"attribute precision={node.Int("precision", 0)} is not part of the exercise");
        }

        var (axisSize, innerSize) = QuantAxis.Layout(x.Dims, scale, node.Int("axis", 1));
        var xs = (float[])x.Values!;
        var scales = (float[])scale.Values!;
        if (expected.ElementType == OnnxElementType.Int8)
        {
            var zp = zeroPoint?.Values as sbyte[] ?? new sbyte[scales.Length];
            var y = new sbyte[xs.Length];
            return Binding.Run(new KernelCall("QuantizeInt8", [xs, scales, zp, axisSize, innerSize, y], [new CheckedOutput("y", 5, expected.Values!)]));
        }
        else
        {
            var zp = zeroPoint?.Values as byte[] ?? new byte[scales.Length];
            var y = new byte[xs.Length];
            return Binding.Run(new KernelCall("QuantizeUInt8", [xs, scales, zp, axisSize, innerSize, y], [new CheckedOutput("y", 5, expected.Values!)]));
        }
    }
}
