using Book.Grader.Conformance.Onnx;

namespace Book.Grader.Conformance.Bindings;

/// <summary>LayerNormalization → <c>LayerNorm(x, scale, bias, normSize, epsilon, y, mean, invStdDev)</c>.</summary>
public sealed class LayerNormalizationBinding : IOperatorBinding
{
    public string OpType => "LayerNormalization";

    public string ExerciseOperator => "LayerNormalization";

    public Binding Bind(OnnxNodeTest test)
    {
        var node = test.Model.Node;
        var x = test.Input(0)!;
        var reason = Shapes.Unsupported(x, "X", OnnxElementType.Float)
            ?? Shapes.Unsupported(test.Input(1), "Scale", OnnxElementType.Float)
            ?? Shapes.Unsupported(test.Input(2), "B", OnnxElementType.Float);
        if (reason is not null)
        {
            return Binding.Skip(reason);
        }

        if (node.Int("stash_type", 1) != 1)
        {
            return Binding.Skip($"stash_type={node.Int("stash_type", 1)}: the exercise computes in float32");
        }

        var axis = Shapes.NormalizeAxis(node.Int("axis", -1), x.Dims.Length);
        var normShape = x.Dims[axis..];
        var normSize = Shapes.Product(x.Dims, axis, x.Dims.Length);
        var outer = Shapes.Product(x.Dims, 0, axis);
        var scale = test.Input(1)!;
        var bias = test.Input(2);
        var scales = Shapes.BroadcastFloats((float[])scale.Values!, scale.Dims, normShape);
        var biases = bias is null ? new float[normSize] : Shapes.BroadcastFloats((float[])bias.Values!, bias.Dims, normShape);
        var xs = (float[])x.Values!;
        var outputs = new List<CheckedOutput>();
        string[] names = ["Y", "Mean", "InvStdDev"];
        for (var i = 0; i < 3; i++)
        {
            if (test.Expected(i) is { } e)
            {
                outputs.Add(new CheckedOutput(names[i], 5 + i, e.Values!));
            }
        }

        return Binding.Run(new KernelCall("LayerNorm",
            [xs, scales, biases, normSize, node.Float("epsilon", 1e-5f), new float[xs.Length], new float[outer], new float[outer]], outputs));
    }
}
