using Book.Grader.Conformance.Onnx;

namespace Book.Grader.Conformance.Bindings;

/// <summary>RMSNormalization → <c>RmsNorm(x, scale, normSize, epsilon, y)</c> (second method of exercise 07).</summary>
public sealed class RmsNormalizationBinding : IOperatorBinding
{
    public string OpType => "RMSNormalization";

    public string ExerciseOperator => "LayerNormalization";

    public Binding Bind(OnnxNodeTest test)
    {
        var node = test.Model.Node;
        var x = test.Input(0)!;
        var scale = test.Input(1)!;
        var reason = Shapes.Unsupported(x, "X", OnnxElementType.Float) ?? Shapes.Unsupported(scale, "scale", OnnxElementType.Float);
        if (reason is not null)
        {
            return Binding.Skip(reason);
        }

        if (node.Int("stash_type", 1) != 1)
        {
            return Binding.Skip($"stash_type={node.Int("stash_type", 1)}: the exercise computes in float32");
        }

        var axis = Shapes.NormalizeAxis(node.Int("axis", -1), x.Dims.Length);
        var normSize = Shapes.Product(x.Dims, axis, x.Dims.Length);
        var scales = Shapes.BroadcastFloats((float[])scale.Values!, scale.Dims, x.Dims[axis..]);
        var xs = (float[])x.Values!;
        return Binding.Run(new KernelCall("RmsNorm",
            [xs, scales, normSize, node.Float("epsilon", 1e-5f), new float[xs.Length]], [new CheckedOutput("Y", 4, test.Expected(0)!.Values!)]));
    }
}
