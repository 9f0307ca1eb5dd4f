using Book.Grader.Conformance.Onnx;

namespace Book.Grader.Conformance.Bindings;

/// <summary>DynamicQuantizeLinear → <c>DynamicQuantize(x, y, yScale, yZeroPoint)</c>.</summary>
public sealed class DynamicQuantizeLinearBinding : IOperatorBinding
{
    public string OpType => "DynamicQuantizeLinear";

    public string ExerciseOperator => "DynamicQuantizeLinear";

    public Binding Bind(OnnxNodeTest test)
    {
        var x = test.Input(0)!;
        var reason = Shapes.Unsupported(x, "x", OnnxElementType.Float);
        if (reason is not null)
        {
            return Binding.Skip(reason);
        }

        var outputs = new List<CheckedOutput>();
        string[] names = ["y", "y_scale", "y_zero_point"];
        for (var i = 0; i < 3; i++)
        {
            if (test.Expected(i) is { } e)
            {
                outputs.Add(new CheckedOutput(names[i], i + 1, e.Values!));
            }
        }

        var xs = (float[])x.Values!;
        return Binding.Run(new KernelCall("DynamicQuantize", [xs, new byte[xs.Length], new float[1], new byte[1]], outputs));
    }
}
