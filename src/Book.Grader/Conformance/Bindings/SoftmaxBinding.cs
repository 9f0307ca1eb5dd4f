using Book.Grader.Conformance.Onnx;

namespace Book.Grader.Conformance.Bindings;

/// <summary>Softmax (opset 13 semantics: one axis) → <c>Softmax.Forward(x, axisSize, innerSize, y)</c>.</summary>
public sealed class SoftmaxBinding : IOperatorBinding
{
    public string OpType => "Softmax";

    public string ExerciseOperator => "Softmax";

    public Binding Bind(OnnxNodeTest test)
    {
        var x = test.Input(0)!;
        var reason = Shapes.Unsupported(x, "input", OnnxElementType.Float);
        if (reason is not null)
        {
            return Binding.Skip(reason);
        }

        if (test.Model.OpsetVersion is > 0 and < 13)
        {
            return Binding.Skip($"opset {test.Model.OpsetVersion} Softmax flattens to 2-D; the exercise follows opset 13");
        }

        var axis = Shapes.NormalizeAxis(test.Model.Node.Int("axis", -1), x.Dims.Length);
        var axisSize = (int)x.Dims[axis];
        var inner = Shapes.Product(x.Dims, axis + 1, x.Dims.Length);
        var xs = (float[])x.Values!;
        return Binding.Run(new KernelCall("Forward", [xs, axisSize, inner, new float[xs.Length]], [new CheckedOutput("output", 3, test.Expected(0)!.Values!)]));
    }
}
