using Book.Grader.Conformance.Onnx;

namespace Book.Grader.Conformance.Bindings;

/// <summary>QLinearMatMul (2-D, float32 scales) → <c>QLinearMatMulU8S8</c> / <c>QLinearMatMulS8S8</c>.</summary>
public sealed class QLinearMatMulBinding : IOperatorBinding
{
    public string OpType => "QLinearMatMul";

    public string ExerciseOperator => "QLinearMatMul";

    public Binding Bind(OnnxNodeTest test)
    {
        var a = test.Input(0)!;
        var b = test.Input(3)!;
        var expected = test.Expected(0)!;
        foreach (var (index, role) in new[] { (1, "a_scale"), (4, "b_scale"), (6, "y_scale") })
        {
            var reason = Shapes.Unsupported(test.Input(index), role, OnnxElementType.Float);
            if (reason is not null)
            {
                return Binding.Skip(reason);
            }
        }

        if (a.Dims.Length != 2 || b.Dims.Length != 2)
        {
            return Binding.Skip($"batched inputs a{a.ShapeText} b{b.ShapeText}: the exercise covers 2-D matrices");
        }

        int m = (int)a.Dims[0], k = (int)a.Dims[1], n = (int)b.Dims[1];
        var aScale = (float[])test.Input(1)!.Values!;
        var bScale = (float[])test.Input(4)!.Values!;
        var yScale = (float[])test.Input(6)!.Values!;
        var outputs = new[] { new CheckedOutput("y", 11, expected.Values!) };
        // Switch on the ONNX types, not the CLR array types: the runtime lets byte[] pass for sbyte[].
        return (a.ElementType, b.ElementType, expected.ElementType) switch
        {
            (OnnxElementType.UInt8, OnnxElementType.Int8, OnnxElementType.UInt8) => Binding.Run(new KernelCall("QLinearMatMulU8S8",
                [a.Values!, aScale, test.Input(2)!.Values!, b.Values!, bScale, test.Input(5)!.Values!, yScale, test.Input(7)!.Values!, m, k, n, new byte[m * n]], outputs)),
            (OnnxElementType.Int8, OnnxElementType.Int8, OnnxElementType.Int8) => Binding.Run(new KernelCall("QLinearMatMulS8S8",
                [a.Values!, aScale, test.Input(2)!.Values!, b.Values!, bScale, test.Input(5)!.Values!, yScale, test.Input(7)!.Values!, m, k, n, new sbyte[m * n]], outputs)),
            _ => Binding.Skip($"types a={a.ElementType}, b={b.ElementType}, y={expected.ElementType}: the exercise covers uint8×int8→uint8 and int8×int8→int8"),
        };
    }
}
