using Book.Grader.Conformance.Onnx;

namespace Book.Grader.Conformance.Bindings;

/// <summary>DequantizeLinear → <c>DequantizeInt8</c> / <c>DequantizeUInt8</c> / <c>DequantizeInt32</c>.</summary>
public sealed class DequantizeLinearBinding : IOperatorBinding
{
    public string OpType => "DequantizeLinear";

    public string ExerciseOperator => "DequantizeLinear";

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

        var reason = Shapes.Unsupported(x, "x", OnnxElementType.Int8, OnnxElementType.UInt8, OnnxElementType.Int32)
            ?? Shapes.Unsupported(scale, "x_scale", OnnxElementType.Float)
            ?? Shapes.Unsupported(zeroPoint, "x_zero_point", OnnxElementType.Int8, OnnxElementType.UInt8, OnnxElementType.Int32)
            ?? Shapes.Unsupported(expected, "y", OnnxElementType.Float);
        if (reason is not null)
        {
            return Binding.Skip(reason);
        }

        var (axisSize, innerSize) = QuantAxis.Layout(x.Dims, scale, node.Int("axis", 1));
        var scales = (float[])scale.Values!;
        var y = new float[x.ElementCount];
        var outputs = new[] { new CheckedOutput("y", 5, expected.Values!) };
        // Switch on the ONNX type, not the CLR array type: the runtime lets byte[] pass for sbyte[].
        return x.ElementType switch
        {
            OnnxElementType.Int8 when x.Values is sbyte[] xs => Binding.Run(new KernelCall("DequantizeInt8", [xs, scales, zeroPoint?.Values as sbyte[] ?? new sbyte[scales.Length], axisSize, innerSize, y], outputs)),
            OnnxElementType.UInt8 when x.Values is byte[] xs => Binding.Run(new KernelCall("DequantizeUInt8", [xs, scales, zeroPoint?.Values as byte[] ?? new byte[scales.Length], axisSize, innerSize, y], outputs)),
            OnnxElementType.Int32 when x.Values is int[] xs => Binding.Run(new KernelCall("DequantizeInt32", [xs, scales, zeroPoint?.Values as int[] ?? new int[scales.Length], axisSize, innerSize, y], outputs)),
            _ => Binding.Skip($"x has element type {x.ElementType}, which the exercise does not cover"),
        };
    }
}
