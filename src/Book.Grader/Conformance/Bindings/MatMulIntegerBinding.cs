using Book.Grader.Conformance.Onnx;

namespace Book.Grader.Conformance.Bindings;

/// <summary>MatMulInteger (2-D) → <c>MatMulU8S8</c> / <c>MatMulU8U8</c>.</summary>
public sealed class MatMulIntegerBinding : IOperatorBinding
{
    public string OpType => "MatMulInteger";

    public string ExerciseOperator => "MatMulInteger";

    public Binding Bind(OnnxNodeTest test)
    {
        var a = test.Input(0)!;
        var b = test.Input(1)!;
        var aZero = test.Input(2);
        var bZero = test.Input(3);
        var expected = test.Expected(0)!;
        if (a.Dims.Length != 2 || b.Dims.Length != 2)
        {
            return Binding.Skip($"batched inputs A{a.ShapeText} B{b.ShapeText}: the exercise covers 2-D matrices");
        }

        var reason = Shapes.Unsupported(a, "A", OnnxElementType.UInt8)
            ?? Shapes.Unsupported(b, "B", OnnxElementType.Int8, OnnxElementType.UInt8);
        if (reason is not null)
        {
            return Binding.Skip(reason);
        }

        int m = (int)a.Dims[0], k = (int)a.Dims[1], n = (int)b.Dims[1];
        var y = new int[m * n];
        var outputs = new[] { new CheckedOutput("Y", 7, expected.Values!) };
        var az = aZero?.Values as byte[] ?? [0];
        return b.ElementType switch
        {
            OnnxElementType.Int8 when b.Values is sbyte[] bs => Binding.Run(new KernelCall("MatMulU8S8", [a.Values!, bs, az, bZero?.Values as sbyte[] ?? new sbyte[1], m, k, n, y], outputs)),
            OnnxElementType.UInt8 when b.Values is byte[] bs => Binding.Run(new KernelCall("MatMulU8U8", [a.Values!, bs, az, bZero?.Values as byte[] ?? new byte[1], m, k, n, y], outputs)),
            _ => Binding.Skip($"B has element type {b.ElementType}"),
        };
    }
}
